import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Two cheap checks against bots. The honeypot is a field people never see, so anything in it
 * came from a script. The stamp records when the form was served, signed so a script cannot
 * make one up, and a form sent back sooner than a person could fill it is refused.
 */
export const HONEYPOT_FIELD = 'website';
export const STAMP_FIELD = 'startedAt';

export function isHoneypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === 'string' && value.trim() !== '';
}

function signature(key: string, issuedAt: string): string {
  return createHmac('sha256', key).update(`registration-form:${issuedAt}`).digest('base64url');
}

export function issueStamp(key: string, now = Date.now()): string {
  const issuedAt = String(now);
  return `${issuedAt}.${signature(key, issuedAt)}`;
}

export type StampCheck = 'ok' | 'too_fast' | 'invalid';

export function checkStamp(
  key: string,
  stamp: FormDataEntryValue | null,
  minFillMs: number,
  now = Date.now(),
): StampCheck {
  if (minFillMs === 0) return 'ok';
  if (typeof stamp !== 'string') return 'invalid';
  const [issuedAt = '', given = ''] = stamp.split('.');
  const expected = Buffer.from(signature(key, issuedAt));
  const actual = Buffer.from(given);
  if (!/^\d{10,16}$/.test(issuedAt) || actual.length !== expected.length) return 'invalid';
  if (!timingSafeEqual(actual, expected)) return 'invalid';
  return now - Number(issuedAt) < minFillMs ? 'too_fast' : 'ok';
}
