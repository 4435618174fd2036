import { z } from 'zod';
import { venueCities } from './content/venue';
import { defaultLocale, type Locale } from './locale';
import { hasNoControlCharacters, normalizePhone, normalizeText } from './normalize';
import { isValidPhone } from './phone';

export const registrationFields = [
  'venue',
  'name',
  'organization',
  'phone',
  'email',
  'consent',
] as const;
export type RegistrationField = (typeof registrationFields)[number];

/** One registration is for one venue of a session, so the choices are the venue cities. */
export const registrationVenues = venueCities;

/** The same limits as the CMS's registration schema.json, so a valid form never fails to save. */
export const registrationLimits = {
  name: 100,
  organization: 200,
  phone: 32,
  email: 254,
} as const;

export const registrationMessageKeys = [
  'required',
  'too_long',
  'invalid_characters',
  'phone_invalid',
  'email_invalid',
  'consent_required',
  'venue_invalid',
  'invalid',
] as const;
export type RegistrationMessageKey = (typeof registrationMessageKeys)[number];

/** `{max}` is replaced with the field's limit. */
export const registrationMessages: Record<Locale, Record<RegistrationMessageKey, string>> = {
  ja: {
    required: 'この項目は必須です。ご入力ください。',
    too_long: '{max}文字以内でご入力ください。',
    invalid_characters:
      '使用できない文字（制御文字）が含まれています。取り除いてからお送りください。',
    phone_invalid:
      '電話番号の形式をご確認ください。日本国内の番号（例：090-1234-5678、03-1234-5678）か、「+」から始まる国際番号（例：+84 912 345 678）をご入力ください。',
    email_invalid: 'メールアドレスの形式をご確認ください（例：name@example.com）。',
    consent_required: 'お申し込みには、個人情報の取り扱いへのご同意が必要です。',
    venue_invalid: '参加される会場をお選びください。',
    invalid: '入力内容をご確認ください。',
  },
  en: {
    required: 'This field is required.',
    too_long: 'Please use no more than {max} characters.',
    invalid_characters:
      'This field contains control characters that cannot be used. Please remove them.',
    phone_invalid:
      'Please check the phone number. Enter a Japanese number (e.g. 090-1234-5678, 03-1234-5678) or an international number starting with + (e.g. +84 912 345 678).',
    email_invalid: 'Please enter a valid email address (e.g. name@example.com).',
    consent_required: 'To register, please agree to how we handle your personal data.',
    venue_invalid: 'Please choose the venue you will attend.',
    invalid: 'Please check this field.',
  },
};

export function isRegistrationMessageKey(value: unknown): value is RegistrationMessageKey {
  return (
    typeof value === 'string' && (registrationMessageKeys as readonly string[]).includes(value)
  );
}

export function formatRegistrationMessage(
  key: RegistrationMessageKey,
  locale: Locale,
  params: { max?: number } = {},
): string {
  const template = registrationMessages[locale][key];
  return params.max === undefined ? template : template.replaceAll('{max}', String(params.max));
}

/** Form posts carry strings; the CMS endpoint receives JSON, where a number is a fair phone. */
function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** An HTML checkbox sends `on`; JSON clients send `true`. Anything else is not consent. */
const CONSENT_VALUES: ReadonlySet<string> = new Set(['on', 'true', '1', 'yes']);

function isConsentGiven(value: unknown): boolean {
  if (value === true) return true;
  return typeof value === 'string' && CONSENT_VALUES.has(normalizeText(value).toLowerCase());
}

function text(max: number) {
  return z.preprocess(
    (value) => normalizeText(toText(value)),
    z
      .string()
      .min(1, { error: 'required' })
      .max(max, { error: 'too_long' })
      .refine(hasNoControlCharacters, { error: 'invalid_characters' }),
  );
}

/** Mailbox names may be case-sensitive; domains never are, and lower case makes them comparable. */
function lowerCaseDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}

/**
 * Messages are keys from `registrationMessageKeys`, not prose, so the site and the CMS can each
 * localise them. Lengths are UTF-16 code units, which is what Strapi's own maxLength check counts.
 */
export const registrationSchema = z.object({
  venue: z.preprocess(
    (value) => normalizeText(toText(value)),
    z.enum(registrationVenues, { error: 'venue_invalid' }),
  ),
  name: text(registrationLimits.name),
  organization: text(registrationLimits.organization),
  phone: z.preprocess(
    (value) => normalizePhone(toText(value)),
    z
      .string()
      .min(1, { error: 'required' })
      .refine(isValidPhone, { error: 'phone_invalid' })
      .max(registrationLimits.phone, { error: 'too_long' }),
  ),
  email: z.preprocess(
    (value) => normalizeText(toText(value)),
    z
      .string()
      .min(1, { error: 'required' })
      .max(registrationLimits.email, { error: 'too_long' })
      .pipe(z.email({ error: 'email_invalid' }))
      .transform(lowerCaseDomain),
  ),
  consent: z.preprocess(isConsentGiven, z.literal(true, { error: 'consent_required' })),
});
export type Registration = z.output<typeof registrationSchema>;

export type RegistrationValues = Record<RegistrationField, string>;
export type RegistrationFieldErrors = Partial<Record<RegistrationField, string>>;
export type RegistrationResult =
  | { success: true; data: Registration }
  | { success: false; fieldErrors: RegistrationFieldErrors; values: RegistrationValues };

function isRegistrationField(value: unknown): value is RegistrationField {
  return typeof value === 'string' && (registrationFields as readonly string[]).includes(value);
}

function isFormData(input: Record<string, unknown> | FormData): input is FormData {
  // Duck-typed: SvelteKit's request.formData() and the test runner's FormData may come from
  // different copies of undici.
  return (
    typeof (input as FormData).get === 'function' &&
    typeof (input as FormData).getAll === 'function'
  );
}

function readFields(input: Record<string, unknown> | FormData): Record<RegistrationField, unknown> {
  const read = (field: RegistrationField): unknown => {
    if (!isFormData(input)) return input[field];
    const value = input.get(field);
    // An uploaded file where text is expected is nonsense; treat the field as empty.
    return typeof value === 'string' ? value : undefined;
  };
  return Object.fromEntries(registrationFields.map((field) => [field, read(field)])) as Record<
    RegistrationField,
    unknown
  >;
}

/** What to put back in the form: the raw input, not the normalised one, so nothing surprises. */
function echo(raw: Record<RegistrationField, unknown>): RegistrationValues {
  const values = {} as RegistrationValues;
  for (const field of registrationFields) {
    const value = raw[field];
    if (field === 'consent') values[field] = isConsentGiven(value) ? 'on' : '';
    else values[field] = toText(value);
  }
  return values;
}

/** One field's problem: its message key, and the limit when the key is `too_long`. */
export interface RegistrationIssue {
  key: RegistrationMessageKey;
  max?: number;
}
export type RegistrationIssues = Partial<Record<RegistrationField, RegistrationIssue>>;

export type RegistrationCheck =
  { success: true; data: Registration } | { success: false; issues: RegistrationIssues };

function check(raw: Record<RegistrationField, unknown>): RegistrationCheck {
  const result = registrationSchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const issues: RegistrationIssues = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isRegistrationField(field) || issues[field] !== undefined) continue;
    const key = isRegistrationMessageKey(issue.message) ? issue.message : 'invalid';
    issues[field] = issue.code === 'too_big' ? { key, max: Number(issue.maximum) } : { key };
  }
  return { success: false, issues };
}

/**
 * The first problem per field as a message key, for a caller that answers with keys and leaves
 * the wording to someone else (the CMS endpoint; the site localises).
 */
export function validateRegistration(input: Record<string, unknown> | FormData): RegistrationCheck {
  return check(readFields(input));
}

/** The form's fields as typed, for showing the form again after any refusal. */
export function registrationValues(input: Record<string, unknown> | FormData): RegistrationValues {
  return echo(readFields(input));
}

/**
 * Validates a registration from the site's form action (FormData) or the CMS endpoint (JSON).
 * `fieldErrors` hold the first problem per field, already in `locale`.
 */
export function parseRegistration(
  input: Record<string, unknown> | FormData,
  locale: Locale = defaultLocale,
): RegistrationResult {
  const raw = readFields(input);
  const result = check(raw);
  if (result.success) return result;

  const fieldErrors: RegistrationFieldErrors = {};
  for (const field of registrationFields) {
    const issue = result.issues[field];
    if (issue) fieldErrors[field] = formatRegistrationMessage(issue.key, locale, issue);
  }
  return { success: false, fieldErrors, values: echo(raw) };
}
