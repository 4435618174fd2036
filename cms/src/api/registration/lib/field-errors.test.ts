import { RegistrationErrorDetails } from '@assc/schemas';
import { describe, expect, it } from 'vitest';
import { validateFields } from './field-errors';

const valid = {
  venue: 'tokyo',
  name: '山田　太郎',
  organization: 'ＡＳＳＣ',
  phone: '０９０ー１２３４ー５６７８',
  email: 'Taro@EXAMPLE.org',
  consent: true,
};

describe('validateFields', () => {
  it('normalises what the form sent, like the site does', () => {
    const result = validateFields(valid);
    expect(result).toEqual({
      success: true,
      data: {
        venue: 'tokyo',
        name: '山田 太郎',
        organization: 'ASSC',
        phone: '090-1234-5678',
        email: 'Taro@example.org',
        consent: true,
      },
    });
  });

  it('keeps markup in a name as the text it is', () => {
    const result = validateFields({ ...valid, name: '<b>Taro</b>' });
    expect(result.success && result.data.name).toBe('<b>Taro</b>');
  });

  it('reports message keys per field, as the contract says', () => {
    const result = validateFields({
      venue: 'kyoto',
      phone: '12',
      email: 'x',
      name: 'a'.repeat(101),
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({
      venue: 'venue_invalid',
      name: 'too_long',
      organization: 'required',
      phone: 'phone_invalid',
      email: 'email_invalid',
      consent: 'consent_required',
    });
    expect(
      RegistrationErrorDetails.safeParse({ code: 'invalid', fieldErrors: result.fieldErrors })
        .success,
    ).toBe(true);
  });

  it('refuses control characters', () => {
    const result = validateFields({ ...valid, organization: 'ACME\u202e' });
    expect(result.success ? null : result.fieldErrors.organization).toBe('invalid_characters');
  });
});
