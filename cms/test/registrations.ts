import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { adminToken, type RunningCms } from './cms-process';

/** A folder the test CMS writes its e-mails to (OUTBOX_DIR). */
export function tempOutbox(): string {
  return mkdtempSync(path.join(tmpdir(), 'assc-outbox-'));
}

export interface OutboxMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string }[];
  raw: string;
}

const parsed = new Map<string, OutboxMail>();

function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));
}

export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const mails: OutboxMail[] = [];
  for (const file of files) {
    const full = path.join(dir, file);
    let mail = parsed.get(full);
    if (!mail) {
      const raw = readFileSync(full);
      const message = await simpleParser(raw);
      mail = {
        file,
        to: addresses(message),
        subject: message.subject ?? '',
        text: message.text ?? '',
        html: typeof message.html === 'string' ? message.html : '',
        attachments: message.attachments.map((a) => ({
          filename: a.filename ?? '',
          content: a.content.toString('utf8'),
        })),
        raw: raw.toString('utf8'),
      };
      parsed.set(full, mail);
    }
    mails.push(mail);
  }
  return mails;
}

/** E-mails go out after the response; this waits until the wanted ones have arrived. */
export async function waitForMail(
  dir: string,
  accept: (mail: OutboxMail) => boolean,
  count = 1,
  timeoutMs = 20_000,
): Promise<OutboxMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readOutbox(dir)).filter(accept);
    if (found.length >= count) return found;
    if (Date.now() > deadline) {
      throw new Error(`Expected ${count} matching e-mails in ${dir}, found ${found.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function cancelTokenIn(mail: OutboxMail): string {
  const match = /\/registrations\/cancel\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No cancel link in "${mail.subject}"`);
  return match[1];
}

export interface VenueInput {
  city: 'tokyo' | 'osaka' | 'online';
  capacity: number;
  startsAt?: string;
  endsAt?: string;
}

export interface SessionInput {
  slug: string;
  ordinal: number;
  title?: string;
  sessionStatus?: 'scheduled' | 'held' | 'cancelled';
  registrationOpen?: boolean;
  registrationDeadline?: string | null;
  venues: VenueInput[];
  /** Leave it a draft. */
  draft?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number, hourUtc = 5) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
};

function venueData(v: VenueInput, locale: 'ja' | 'en') {
  const startsAt = v.startsAt ?? daysFromNow(30);
  return {
    city: v.city,
    name: locale === 'ja' ? `${v.city} 会場` : `${v.city} venue`,
    address: locale === 'ja' ? `${v.city} の住所` : `${v.city} address`,
    startsAt,
    endsAt: v.endsAt ?? new Date(Date.parse(startsAt) + 3 * 60 * 60 * 1000).toISOString(),
    timeZone: 'Asia/Tokyo',
    capacity: v.capacity,
  };
}

/** Staff's side of the CMS: the content-manager API, logged in as the demo Super Admin. */
export class Staff {
  private constructor(
    private readonly cms: RunningCms,
    readonly headers: Record<string, string>,
  ) {}

  static async login(cms: RunningCms): Promise<Staff> {
    return new Staff(cms, {
      authorization: `Bearer ${await adminToken(cms)}`,
      'content-type': 'application/json',
    });
  }

  async request<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await this.cms.get(url, {
      method,
      headers: this.headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  sessionData(input: SessionInput, locale: 'ja' | 'en') {
    return {
      title: input.title ?? `${input.slug} (${locale})`,
      slug: input.slug,
      ordinal: input.ordinal,
      theme: 'Test',
      sessionStatus: input.sessionStatus ?? 'scheduled',
      registrationOpen: input.registrationOpen ?? true,
      registrationDeadline:
        input.registrationDeadline === undefined ? daysFromNow(20) : input.registrationDeadline,
      venues: input.venues.map((v) => venueData(v, locale)),
    };
  }

  /** A session in Japanese and English, published unless `draft`. Returns its documentId. */
  async createSession(input: SessionInput): Promise<string> {
    const base = '/content-manager/collection-types/api::session.session';
    const action = input.draft ? '' : '/actions/publish';
    const created = await this.request<{ data: { documentId: string } }>(
      'POST',
      `${base}${action}?locale=ja`,
      this.sessionData(input, 'ja'),
    );
    const documentId = created.data.documentId;
    await this.request(
      input.draft ? 'PUT' : 'POST',
      `${base}/${documentId}${input.draft ? '' : '/actions/publish'}?locale=en`,
      this.sessionData(input, 'en'),
    );
    return documentId;
  }

  async publishSession(documentId: string, input: SessionInput, locale: 'ja' | 'en' = 'ja') {
    await this.request(
      'POST',
      `/content-manager/collection-types/api::session.session/${documentId}/actions/publish?locale=${locale}`,
      this.sessionData(input, locale),
    );
  }

  async unpublishSession(documentId: string, locale: 'ja' | 'en' = 'ja') {
    await this.request(
      'POST',
      `/content-manager/collection-types/api::session.session/${documentId}/actions/unpublish?locale=${locale}`,
      {},
    );
  }

  async counts(documentId: string) {
    return this.request<{
      data: { venues: { city: string; confirmed: number; waitlisted: number }[] };
    }>('GET', `/registration-admin/sessions/${documentId}/counts`);
  }
}

/**
 * Invites a staff member with one of Strapi's default roles (`strapi-editor`, `strapi-author`)
 * and completes the invitation, as a person would; returns their admin bearer headers.
 */
export async function staffMember(
  cms: RunningCms,
  superAdmin: Staff,
  roleCode: 'strapi-editor' | 'strapi-author',
): Promise<Record<string, string>> {
  const roles = await superAdmin.request<{ data: { id: number; code: string }[] }>(
    'GET',
    '/admin/roles',
  );
  const role = roles.data.find((r) => r.code === roleCode);
  if (!role) throw new Error(`No ${roleCode} role`);
  const invited = await superAdmin.request<{ data: { registrationToken: string } }>(
    'POST',
    '/admin/users',
    {
      firstname: roleCode,
      lastname: 'Test',
      email: `${roleCode}-${Date.now()}@example.org`,
      roles: [role.id],
    },
  );
  const response = await cms.get('/admin/register', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      registrationToken: invited.data.registrationToken,
      userInfo: { firstname: roleCode, lastname: 'Test', password: 'Staff-Passw0rd!' },
    }),
  });
  if (!response.ok) throw new Error(`register ${roleCode}: ${await response.text()}`);
  const body = (await response.json()) as { data: { token: string } };
  return { authorization: `Bearer ${body.data.token}` };
}
