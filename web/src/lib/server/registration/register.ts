import { CmsUnavailableError } from '@assc/cms-client';
import {
  formatRegistrationMessage,
  parseRegistration,
  registrationValues,
  type Locale,
  type RegistrationErrorCode,
  type RegistrationFieldErrors,
  type RegistrationValues,
} from '@assc/schemas';
import { registrationText } from '$lib/i18n/registration';
import { site } from '../cms';
import { submitRegistration, type Refusal } from './cms-registration';
import { checkStamp, isHoneypotFilled, STAMP_FIELD } from './form-guard';
import { createRateLimiter, type RegistrationRateLimiter } from './rate-limit';

/** What the form shows again after a refusal: the person's input and what to fix. */
export interface RegistrationProblem {
  values: RegistrationValues;
  fieldErrors: RegistrationFieldErrors;
  formError?: string;
}

export type RegistrationOutcome =
  | { kind: 'registered'; status: 'confirmed' | 'waitlisted' }
  | { kind: 'refused'; httpStatus: number; problem: RegistrationProblem };

export interface RegistrationInput {
  form: FormData;
  locale: Locale;
  sessionDocumentId: string;
  /** Cities the session is held in; another venue is refused before the CMS is asked. */
  cities: readonly string[];
  clientAddress: string;
  now?: number;
}

let limiter: RegistrationRateLimiter | undefined;
function rateLimiter(): RegistrationRateLimiter {
  limiter ??= createRateLimiter(site().env.REGISTRATION_RATE_LIMIT);
  return limiter;
}

/** The key that signs the form's time stamp: derived, so there is no extra secret to manage. */
export function formKey(): string {
  return `${site().env.SITE_WEBHOOK_SECRET}:registration-form`;
}

function refused(
  httpStatus: number,
  values: RegistrationValues,
  formError?: string,
  fieldErrors: RegistrationFieldErrors = {},
): RegistrationOutcome {
  return {
    kind: 'refused',
    httpStatus,
    problem: formError === undefined ? { values, fieldErrors } : { values, fieldErrors, formError },
  };
}

function fromRefusal(refusal: Refusal, values: RegistrationValues, locale: Locale) {
  const text = registrationText(locale).problems;
  const code: RegistrationErrorCode = refusal.details.code;
  if (code === 'venue_unknown') {
    return refused(refusal.status, values, undefined, { venue: text.venue_unknown });
  }
  const fieldErrors: RegistrationFieldErrors = {};
  for (const [field, key] of Object.entries(refusal.details.fieldErrors ?? {})) {
    fieldErrors[field as keyof RegistrationFieldErrors] = formatRegistrationMessage(key, locale);
  }
  // With field messages the summary and the fields say it all; otherwise say why as a whole.
  const general = code === 'token_invalid' ? text.invalid : text[code];
  const formError = code === 'invalid' && Object.keys(fieldErrors).length ? undefined : general;
  return refused(refusal.status, values, formError, fieldErrors);
}

/**
 * The register action, in the order that costs least: the rate limit, the bot checks, the
 * form's own validation, and only then the CMS, which checks again and decides the seat.
 */
export async function register(input: RegistrationInput): Promise<RegistrationOutcome> {
  const { form, locale } = input;
  const text = registrationText(locale).problems;
  const values = registrationValues(form);

  const rate = await rateLimiter().consume(input.clientAddress);
  if (!rate.allowed) return refused(429, values, text.rateLimited);

  // A bot gets what a person would get, so it learns nothing; nothing is stored.
  if (isHoneypotFilled(form)) return { kind: 'registered', status: 'confirmed' };

  const stamp = checkStamp(
    formKey(),
    form.get(STAMP_FIELD),
    site().env.REGISTRATION_MIN_FILL_MS,
    input.now,
  );
  if (stamp !== 'ok') return refused(400, values, text.tooFast);

  const parsed = parseRegistration(form, locale);
  if (!parsed.success) return refused(400, parsed.values, undefined, parsed.fieldErrors);
  if (!input.cities.includes(parsed.data.venue)) {
    return refused(400, values, undefined, { venue: text.venue_unknown });
  }

  try {
    const submitted = await submitRegistration({
      data: {
        session: input.sessionDocumentId,
        ...parsed.data,
        language: locale,
      },
    });
    if (submitted.ok) return { kind: 'registered', status: submitted.status };
    return fromRefusal(submitted.refusal, values, locale);
  } catch (error) {
    // Whatever went wrong, the person keeps what they typed and is told they are not
    // registered yet; an error page would lose the form.
    if (error instanceof CmsUnavailableError) {
      console.warn(`[registration] CMS unavailable: ${error.message}`);
      // A timeout may come after the CMS stored the registration: say so rather than "not
      // registered". Sending again is safe, because a repeat does not take a second seat.
      if (error.timedOut) return refused(503, values, text.timedOut);
    } else {
      console.error('[registration] the CMS refused the site unexpectedly:', error);
    }
    return refused(503, values, text.unavailable);
  }
}
