import { Parser } from 'htmlparser2';

/*
 * Test helper, not exported from the package: an independent second opinion on
 * sanitised output. Its lists are written out here on purpose rather than
 * imported from sanitize.ts, so a mistake in the allow-list cannot hide itself.
 */

const ALLOWED_ELEMENTS = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'a',
  'img',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  'sup',
  'sub',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'href',
  'title',
  'rel',
  'src',
  'alt',
  'width',
  'height',
  'loading',
  'decoding',
  'id',
  'start',
  'class',
  'align',
  'colspan',
  'rowspan',
  'open',
]);
/** Attributes that a browser may treat as a URL on some element. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'xlink:href',
  'srcset',
  'ping',
  'longdesc',
  'codebase',
  'dynsrc',
  'lowsrc',
  'manifest',
  'icon',
  'usemap',
  'profile',
  'classid',
  'archive',
  'content',
  'to',
  'from',
  'values',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SAFE_IMAGE_SCHEMES = new Set(['http', 'https']);
const DANGEROUS_SCHEME_PREFIX =
  /^(javascript|vbscript|data|livescript|mocha|jar|file|blob|filesystem):/i;
export const HEADING_ID_PREFIX_EXPECTED = 'h-';

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  period: '.',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  equals: '=',
};

/**
 * Deliberately over-eager entity decoding (semicolons optional, repeated until
 * stable) so that anything a browser might decode is decoded here too.
 */
function decodeEntitiesAggressively(value: string): string {
  let previous: string;
  let current = value;
  let rounds = 0;
  do {
    previous = current;
    current = current
      .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) =>
        safeFromCodePoint(Number.parseInt(hex, 16)),
      )
      .replace(/&#([0-9]+);?/g, (_m, dec: string) => safeFromCodePoint(Number.parseInt(dec, 10)))
      .replace(/&([a-z]+);?/gi, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m);
    rounds++;
  } while (current !== previous && rounds < 5);
  return current;
}

/** As the HTML spec does: NUL, surrogates and out-of-range code points become U+FFFD. */
function safeFromCodePoint(code: number): string {
  const invalid =
    !Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? '\ufffd' : String.fromCodePoint(code);
}

/**
 * Browsers strip leading/trailing C0 controls and spaces and drop tabs/newlines
 * anywhere; removing every control and space character anywhere is stricter.
 */
function stripInvisible(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g,
    '',
  );
}

/** WHATWG URL scheme syntax; anything else before a colon makes the URL relative. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

function urlHazard(element: string, attribute: string, value: string): string | undefined {
  for (const candidate of new Set([value, decodeEntitiesAggressively(value)])) {
    const url = stripInvisible(candidate);
    // Protocol-relative URLs (also with backslashes) are absolute http(s) URLs.
    if (/^[/\\]{2}/.test(url)) continue;
    const scheme = schemeOf(url);
    if (scheme === undefined) continue;
    const allowed = element === 'img' ? SAFE_IMAGE_SCHEMES : SAFE_SCHEMES;
    if (!allowed.has(scheme)) return `<${element} ${attribute}> has scheme "${scheme}:"`;
  }
  return undefined;
}

/**
 * Every reason the given HTML might not be harmless; an empty array means it
 * passed. Checks both a real parse (htmlparser2) and the raw string, so that a
 * difference between this parser and a browser's does not hide a tag.
 */
export function findHazards(html: string): string[] {
  const hazards: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ALLOWED_ELEMENTS.has(name)) hazards.push(`element <${name}> is not allowed`);
        for (const [attribute, value] of Object.entries(attributes)) {
          const lower = attribute.toLowerCase();
          if (lower.startsWith('on')) hazards.push(`event handler ${attribute} on <${name}>`);
          if (!ALLOWED_ATTRIBUTES.has(lower))
            hazards.push(`attribute ${attribute} on <${name}> is not allowed`);
          if (URL_ATTRIBUTES.has(lower)) {
            const problem = urlHazard(name, lower, value);
            if (problem) hazards.push(problem);
          } else if (
            DANGEROUS_SCHEME_PREFIX.test(stripInvisible(decodeEntitiesAggressively(value)))
          ) {
            hazards.push(`attribute ${attribute} on <${name}> starts with a dangerous scheme`);
          }
          if (lower === 'id' && !value.startsWith(HEADING_ID_PREFIX_EXPECTED)) {
            hazards.push(
              `id "${value}" lacks the "${HEADING_ID_PREFIX_EXPECTED}" prefix (DOM clobbering)`,
            );
          }
          if (lower === 'id' && !/^h[2-6]$/.test(name)) hazards.push(`id on <${name}>`);
          if (lower === 'class' && (name !== 'code' || !/^language-[\w#+.-]+$/.test(value))) {
            hazards.push(`class "${value}" on <${name}>`);
          }
        }
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(html);
  parser.end();

  // Serialised safe HTML escapes every `<` in text, so any `<` that starts a
  // tag-like token must be an allowed tag, whatever a given parser makes of it.
  for (const match of html.matchAll(/<\s*(\/?)\s*([^\s/>]*)/g)) {
    const name = (match[2] ?? '').toLowerCase();
    if (!ALLOWED_ELEMENTS.has(name)) hazards.push(`raw "<${match[1]}${name}" in output`);
  }
  if (/<\s*script/i.test(html)) hazards.push('"<script" in output');
  return hazards;
}
