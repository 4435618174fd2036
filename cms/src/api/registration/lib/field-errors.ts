import { validateRegistration, type Registration } from '@assc/schemas';
import type { FieldErrorKeys } from './errors';

export type FieldsResult =
  { success: true; data: Registration } | { success: false; fieldErrors: FieldErrorKeys };

/**
 * The site's own schema, run again because the CMS must not trust its caller. The contract
 * wants message keys (the site localises them), not the limits behind them.
 */
export function validateFields(input: Record<string, unknown>): FieldsResult {
  const result = validateRegistration(input);
  if (result.success) return result;
  const fieldErrors: FieldErrorKeys = {};
  for (const [field, issue] of Object.entries(result.issues)) {
    fieldErrors[field as keyof FieldErrorKeys] = issue.key;
  }
  return { success: false, fieldErrors };
}
