import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CountryBase } from './content/country';
import { systemFieldNames } from './content/document';
import { Media } from './content/media';
import { MinutesBase, MinutesRef } from './content/minutes';
import { components, contentTypes } from './content/registry';
import { ReportBase, ReportRef } from './content/report';
import { SessionBase, SessionRef } from './content/session';
import { TopicBase } from './content/topic';
import { locales } from './locale';
import { registrationFields, registrationLimits, registrationVenues } from './registration';

type Attribute = {
  type: string;
  required?: boolean;
  private?: boolean;
  enum?: string[];
  maxLength?: number;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
};
type SchemaJson = {
  kind?: string;
  info: { singularName?: string; pluralName?: string };
  attributes: Record<string, Attribute>;
};

const cmsSrc = fileURLToPath(new URL('../../../cms/src/', import.meta.url));
const readJson = (path: string): SchemaJson => JSON.parse(readFileSync(path, 'utf8')) as SchemaJson;

const apiSchemas = new Map<string, SchemaJson>(
  readdirSync(join(cmsSrc, 'api')).flatMap((api) => {
    const dir = join(cmsSrc, 'api', api, 'content-types');
    return readdirSync(dir).map(
      (type) => [`api::${api}.${type}`, readJson(join(dir, type, 'schema.json'))] as const,
    );
  }),
);
const componentSchemas = new Map<string, SchemaJson>(
  readdirSync(join(cmsSrc, 'components')).flatMap((category) =>
    readdirSync(join(cmsSrc, 'components', category))
      .filter((file) => file.endsWith('.json'))
      .map(
        (file) =>
          [
            `${category}.${basename(file, '.json')}`,
            readJson(join(cmsSrc, 'components', category, file)),
          ] as const,
      ),
  ),
);

/** What a populated relation to each type parses as. */
const relationTargets: Record<string, z.ZodType> = {
  'api::session.session': SessionRef,
  'api::minute.minute': MinutesRef,
  'api::report.report': ReportRef,
  'api::country.country': CountryBase,
  'api::topic.topic': TopicBase,
};

/** Strips optional/nullable/default wrappers and transforms down to the schema that validates. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
}

/** ZodEmail, ZodISODate… are not ZodString subclasses; the def type and bag say what they are. */
function isString(schema: z.ZodType): boolean {
  return schema._zod.def.type === 'string';
}

/** `email`, `date`, `datetime` for format schemas; `regex` for a string with a pattern check. */
function stringFormat(schema: z.ZodType): string | null {
  const def = schema._zod.def as { format?: string; checks?: z.core.$ZodCheck[] };
  if (def.format !== undefined) return def.format;
  const hasPattern = (def.checks ?? []).some(
    (check) => (check._zod.def as { format?: string }).format === 'regex',
  );
  return hasPattern ? 'regex' : null;
}

const STRING_TYPES: Record<string, readonly (string | null)[]> = {
  string: [null, 'regex'],
  text: [null],
  richtext: [null],
  uid: ['regex'],
  email: ['email'],
  date: ['date'],
  datetime: ['datetime'],
};
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);

/** Checks that one zod field has the shape Strapi returns for one schema.json attribute. */
function expectFieldMatches(where: string, field: z.ZodType, attribute: Attribute): void {
  const inner = unwrap(field);
  const single = attribute.type === 'media' ? !attribute.multiple : !attribute.repeatable;
  switch (attribute.type) {
    case 'enumeration':
      expect(inner, where).toBeInstanceOf(z.ZodEnum);
      expect((inner as z.ZodEnum).options, where).toEqual(attribute.enum);
      return;
    case 'boolean':
      expect(inner, where).toBeInstanceOf(z.ZodBoolean);
      return;
    case 'component': {
      const component = components[attribute.component as keyof typeof components];
      expect(component, `${where}: component ${attribute.component} is not modelled`).toBeDefined();
      const actual = single ? inner : elementOf(field);
      expect(actual === component, `${where} parses as ${attribute.component}`).toBe(true);
      return;
    }
    case 'media':
      expect((single ? inner : elementOf(field)) === Media, `${where} parses as Media`).toBe(true);
      return;
    case 'relation': {
      const target = relationTargets[attribute.target ?? ''];
      expect(target, `${where}: relation target ${attribute.target} is not modelled`).toBeDefined();
      const toMany = attribute.relation?.endsWith('ToMany') ?? false;
      const actual = toMany ? elementOf(field) : inner;
      expect(actual === target, `${where} parses as ${attribute.target}`).toBe(true);
      return;
    }
  }
  if (NUMBER_TYPES.has(attribute.type)) {
    expect(inner, where).toBeInstanceOf(z.ZodNumber);
  } else {
    const formats = STRING_TYPES[attribute.type];
    expect(formats, `${where}: no mapping for Strapi type ${attribute.type}`).toBeDefined();
    expect(isString(inner), `${where} is a string`).toBe(true);
    expect(formats, where).toContain(stringFormat(inner));
  }
  // Strapi returns null for an empty optional field. Richtext may be null either way: the
  // schemas accept it everywhere so a missing paragraph never takes a page down.
  const acceptsNull = field.safeParse(null).success;
  if (attribute.type === 'richtext') expect(acceptsNull, `${where} accepts null`).toBe(true);
  else expect(acceptsNull, `${where} accepts null`).toBe(!attribute.required);
}

function expectAgreement(shape: Record<string, z.ZodType>, json: SchemaJson, ignore: string[]) {
  const declared = Object.keys(shape).filter((key) => !ignore.includes(key));
  for (const key of declared) {
    const attribute = json.attributes[key];
    expect(attribute, `zod declares ${key}, schema.json does not`).toBeDefined();
    if (attribute === undefined) continue;
    expect(attribute.private ?? false, `${key} is private in the CMS`).toBe(false);
    expectFieldMatches(key, shape[key] as z.ZodType, attribute);
  }
  const expected = Object.entries(json.attributes)
    .filter(([, attribute]) => !attribute.private && attribute.type !== 'relation')
    .map(([key]) => key);
  for (const key of expected)
    expect(declared, `schema.json has ${key}, zod does not`).toContain(key);
}

describe('content types agree with the CMS', () => {
  it('models every API content type except registrations, which the site never reads', () => {
    expect(Object.keys(contentTypes).sort()).toEqual(
      [...apiSchemas.keys()].filter((uid) => uid !== 'api::registration.registration').sort(),
    );
  });

  it.each(Object.entries(contentTypes))('%s', (uid, { kind, path, schema }) => {
    const json = apiSchemas.get(uid);
    if (json === undefined) throw new Error(`no schema.json for ${uid}`);
    expect(kind).toBe(json.kind);
    const name = kind === 'singleType' ? json.info.singularName : json.info.pluralName;
    expect(path).toBe(`/${name}`);
    expectAgreement(schema.shape, json, [...systemFieldNames]);
  });

  it('models every component', () => {
    expect(Object.keys(components).sort()).toEqual([...componentSchemas.keys()].sort());
  });

  it.each(Object.entries(components))('component %s', (uid, schema) => {
    const json = componentSchemas.get(uid);
    if (json === undefined) throw new Error(`no component file for ${uid}`);
    expectAgreement(schema.shape, json, ['id']);
  });

  it('the relation-free base schemas are the full schemas minus relations', () => {
    const pairs = [
      ['api::session.session', SessionBase],
      ['api::minute.minute', MinutesBase],
      ['api::report.report', ReportBase],
      ['api::country.country', CountryBase],
      ['api::topic.topic', TopicBase],
    ] as const;
    for (const [uid, base] of pairs) {
      const json = apiSchemas.get(uid);
      const relations = Object.entries(json?.attributes ?? {})
        .filter(([, attribute]) => attribute.type === 'relation')
        .map(([key]) => key);
      const full = Object.keys(contentTypes[uid].schema.shape).filter(
        (key) => !relations.includes(key),
      );
      expect(Object.keys(base.shape).sort(), uid).toEqual(full.sort());
    }
  });
});

describe('the registration form agrees with the CMS', () => {
  const registration = apiSchemas.get('api::registration.registration');
  const attributes = registration?.attributes ?? {};

  it('offers exactly the venues a registration can store', () => {
    expect([...registrationVenues]).toEqual(attributes.venue?.enum);
  });

  it('offers exactly the venue cities a session can have', () => {
    expect([...registrationVenues]).toEqual(
      componentSchemas.get('session.venue')?.attributes.city?.enum,
    );
  });

  it.each(Object.entries(registrationLimits))('limits %s to the CMS maxLength', (field, max) => {
    expect(attributes[field]?.maxLength).toBe(max);
  });

  it('stores every form field (consent as the moment it was given)', () => {
    for (const field of registrationFields) {
      expect(attributes, field).toHaveProperty(field === 'consent' ? 'consentAt' : field);
    }
  });

  it('records the language in one of the site locales', () => {
    expect(attributes.language?.enum).toEqual([...locales]);
  });
});
