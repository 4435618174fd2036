import {
  isRegistrationMessageKey,
  registrationFields,
  registrationSchema,
  type Registration,
  type RegistrationField,
} from '@assc/schemas';
import type { FieldErrorKeys } from './errors';

function isRegistrationField(value: unknown): value is RegistrationField {
  return typeof value === 'string' && (registrationFields as readonly string[]).includes(value);
}

export type FieldsResult =
  { success: true; data: Registration } | { success: false; fieldErrors: FieldErrorKeys };

/**
 * The site's own schema, run again because the CMS must not trust its caller. The contract
 * wants message keys (the site localises them), which `parseRegistration` has already turned
 * into prose, so the keys are read from the zod issues here.
 */
export function validateFields(input: Record<string, unknown>): FieldsResult {
  const raw = Object.fromEntries(registrationFields.map((field) => [field, input[field]]));
  const result = registrationSchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: FieldErrorKeys = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isRegistrationField(field) || fieldErrors[field] !== undefined) continue;
    fieldErrors[field] = isRegistrationMessageKey(issue.message) ? issue.message : 'invalid';
  }
  return { success: false, fieldErrors };
}
