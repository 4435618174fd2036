import type {
  RegistrationErrorCode,
  RegistrationErrorDetails,
  RegistrationField,
  RegistrationMessageKey,
} from '@assc/schemas';

export type FieldErrorKeys = Partial<Record<RegistrationField, RegistrationMessageKey>>;

const STATUS: Record<RegistrationErrorCode, number> = {
  invalid: 400,
  session_not_found: 404,
  token_invalid: 404,
  session_cancelled: 409,
  registration_closed: 409,
  deadline_passed: 409,
  venue_unknown: 409,
};

const NAME: Record<number, string> = {
  400: 'ValidationError',
  404: 'NotFoundError',
  409: 'ConflictError',
};

/** A refusal the site can act on: its code says why, in the contract's terms. */
export class RegistrationRefusal extends Error {
  readonly status: number;

  constructor(
    readonly code: RegistrationErrorCode,
    readonly fieldErrors?: FieldErrorKeys,
  ) {
    super(code);
    this.name = 'RegistrationRefusal';
    this.status = STATUS[code];
  }
}

export interface StrapiErrorResponse {
  data: null;
  error: { status: number; name: string; message: string; details: RegistrationErrorDetails };
}

/** Strapi's own error body, so the site's client reads these like any other CMS error. */
export function refusalBody(refusal: RegistrationRefusal): StrapiErrorResponse {
  const details: RegistrationErrorDetails = { code: refusal.code };
  if (refusal.fieldErrors) details.fieldErrors = refusal.fieldErrors;
  return {
    data: null,
    error: {
      status: refusal.status,
      name: NAME[refusal.status] ?? 'ApplicationError',
      message: refusal.code,
      details,
    },
  };
}
