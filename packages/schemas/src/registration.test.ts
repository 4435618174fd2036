import { describe, expect, it } from 'vitest';
import type { Locale } from './locale';
import {
  formatRegistrationMessage,
  parseRegistration,
  registrationMessageKeys,
  registrationMessages,
  type RegistrationField,
} from './registration';

const valid = {
  venue: 'tokyo',
  name: '山田 太郎',
  organization: 'ASSC',
  phone: '090-1234-5678',
  email: 'yamada@example.com',
  consent: 'on',
};

function parse(overrides: Partial<Record<RegistrationField, unknown>>, locale: Locale = 'en') {
  return parseRegistration({ ...valid, ...overrides }, locale);
}

function dataOf(overrides: Partial<Record<RegistrationField, unknown>>) {
  const result = parse(overrides);
  if (!result.success)
    throw new Error(`expected success, got ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

function errorsOf(overrides: Partial<Record<RegistrationField, unknown>>, locale: Locale = 'en') {
  const result = parse(overrides, locale);
  if (result.success) throw new Error(`expected failure, got ${JSON.stringify(result.data)}`);
  return result.fieldErrors;
}

const en = registrationMessages.en;

describe('normalisation', () => {
  it.each([
    [
      'full-width digits and hyphens',
      { phone: '０９０－１２３４－５６７８' },
      'phone',
      '090-1234-5678',
    ],
    [
      'full-width e-mail',
      { email: 'ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ' },
      'email',
      'yamada@example.com',
    ],
    ['ideographic space in a name', { name: '　山田　　太郎　' }, 'name', '山田 太郎'],
    [
      'tabs and newlines folded',
      { organization: ' ASSC\t\n Japan ' },
      'organization',
      'ASSC Japan',
    ],
    ['full-width Latin letters', { organization: 'ＡＳＳＣ' }, 'organization', 'ASSC'],
    ['half-width katakana', { name: 'ﾔﾏﾀﾞ ﾀﾛｳ' }, 'name', 'ヤマダ タロウ'],
    [
      'decomposed Vietnamese is composed',
      { name: 'Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng' },
      'name',
      'Nguyễn Thị Hồng',
    ],
    [
      'domain lower-cased, mailbox kept',
      { email: 'Yamada.Taro@Example.CO.JP' },
      'email',
      'Yamada.Taro@example.co.jp',
    ],
    [
      'katakana prolonged sound mark as dash',
      { phone: '090ー1234ー5678' },
      'phone',
      '090-1234-5678',
    ],
    ['half-width prolonged sound mark', { phone: '090ｰ1234ｰ5678' }, 'phone', '090-1234-5678'],
    ['minus sign and en/em dashes', { phone: '03−1234–5678' }, 'phone', '03-1234-5678'],
    ['hyphen, horizontal bar', { phone: '06‐1234―5678' }, 'phone', '06-1234-5678'],
    ['spaces around dashes dropped', { phone: '090 - 1234 - 5678' }, 'phone', '090-1234-5678'],
    ['space after +', { phone: '＋ 84 912 345 678' }, 'phone', '+84 912 345 678'],
    ['venue from a full-width radio value', { venue: ' ｏｓａｋａ ' }, 'venue', 'osaka'],
  ] as const)('%s', (_label, overrides, field, expected) => {
    expect(dataOf(overrides)[field]).toBe(expected);
  });
});

describe('phone numbers', () => {
  it.each([
    ['mobile with hyphens', '090-1234-5678'],
    ['mobile without separators', '08012345678'],
    ['070 mobile with spaces', '070 1234 5678'],
    ['060 FMC', '060-1234-5678'],
    ['Tokyo landline', '03-1234-5678'],
    ['Osaka landline', '06-6123-4567'],
    ['landline with parenthesised exchange', '03(1234)5678'],
    ['landline with parenthesised area code', '(03) 1234-5678'],
    ['four-digit area code', '0297-12-3456'],
    ['free dial 0120', '0120-123-456'],
    ['free dial 0800', '0800-123-4567'],
    ['IP phone 050', '050-1234-5678'],
    ['Vietnam', '+84 912 345 678'],
    ['Japan in international form', '+81-90-1234-5678'],
    ['Philippines, no separators', '+639171234567'],
    ['Nepal', '+977 98-1234-5678'],
  ])('accepts %s', (_label, phone) => {
    expect(parse({ phone }).success).toBe(true);
  });

  it.each([
    ['too few digits', '090-1234-567'],
    ['too many digits', '090-1234-56789'],
    ['ten-digit number with a mobile prefix', '090-123-4567'],
    ['no leading zero', '90-1234-5678'],
    ['letters', '090-CALL-ME'],
    ['international prefix 010 instead of +', '010-84-912-345-678'],
    ['+ with too few digits', '+84 123'],
    ['+ with more than 15 digits', '+84 1234 5678 9012 34'],
    ['country code starting with 0', '+0 912 345 678'],
    ['parentheses in an international number', '+1 (555) 123-4567'],
    ['unbalanced parentheses', '03)1234(5678'],
    ['two pairs of parentheses', '(03)(1234)5678'],
    ['trailing dash', '090-1234-5678-'],
    ['extension text', '03-1234-5678 ext. 12'],
  ])('rejects %s', (_label, phone) => {
    expect(errorsOf({ phone })).toEqual({ phone: en.phone_invalid });
  });

  it.each([[undefined], [''], ['  ']])('asks for a missing number (%j)', (phone) => {
    expect(errorsOf({ phone })).toEqual({ phone: en.required });
  });

  it('says what is accepted', () => {
    expect(en.phone_invalid).toContain('090-1234-5678');
    expect(en.phone_invalid).toContain('+');
    expect(registrationMessages.ja.phone_invalid).toContain('国際番号');
  });
});

describe('names and organisations', () => {
  it.each([
    ['Japanese', '山田 太郎'],
    ['Vietnamese', 'Nguyễn Thị Hồng'],
    ['Latin', "Mary-Jane O'Connor"],
    ['Tagalog', 'Juan dela Cruz'],
    ['Burmese', 'အောင်ဆန်း'],
    ['Nepali with ZWJ', 'राम बहादुर श्रेष्\u200dठ'],
    ['Indonesian single name', 'Sukarno'],
    ['markup kept as text', '<b>x</b>'],
    ['exactly 100 characters', 'あ'.repeat(100)],
  ])('accepts a %s name as typed', (_label, name) => {
    expect(dataOf({ name }).name).toBe(name);
  });

  it('keeps markup in the organisation verbatim', () => {
    expect(dataOf({ organization: '<script>alert(1)</script> & Co.' }).organization).toBe(
      '<script>alert(1)</script> & Co.',
    );
  });

  it.each([
    ['name', 'missing', undefined, en.required],
    ['name', 'empty', '', en.required],
    ['name', 'only spaces', ' 　 ', en.required],
    ['name', 'not a string', { first: 'x' }, en.required],
    ['name', '101 characters', 'a'.repeat(101), 'Please use no more than 100 characters.'],
    ['name', 'a NUL byte', 'Yamada\u0000', en.invalid_characters],
    ['name', 'an escape sequence', 'Yamada\u001b[31m', en.invalid_characters],
    ['name', 'a bidi override', 'abc\u202edcba', en.invalid_characters],
    ['organization', 'missing', undefined, en.required],
    ['organization', '201 characters', 'a'.repeat(201), 'Please use no more than 200 characters.'],
  ] as const)('rejects %s: %s', (field, _label, value, message) => {
    expect(errorsOf({ [field]: value })).toEqual({ [field]: message });
  });

  it('counts length after normalisation', () => {
    expect(parse({ name: `  ${'a'.repeat(100)}  ` }).success).toBe(true);
    expect(parse({ organization: 'ＡＳＳＣ'.repeat(50) }).success).toBe(true);
  });
});

describe('e-mail', () => {
  it.each([
    ['plus addressing', 'yamada+rt@example.com'],
    ['subdomain', 'info@mail.example.co.jp'],
  ])('accepts %s', (_label, email) => {
    expect(dataOf({ email }).email).toBe(email);
  });

  it.each([
    ['missing', undefined, en.required],
    ['empty', '', en.required],
    ['no @', 'yamada.example.com', en.email_invalid],
    ['no domain', 'yamada@', en.email_invalid],
    ['no TLD', 'yamada@localhost', en.email_invalid],
    ['inner space', 'yama da@example.com', en.email_invalid],
    ['double dot', 'yamada..taro@example.com', en.email_invalid],
    [
      'longer than 254',
      `${'a'.repeat(64)}@${'b'.repeat(186)}.com`,
      'Please use no more than 254 characters.',
    ],
  ])('rejects %s', (_label, email, message) => {
    expect(errorsOf({ email })).toEqual({ email: message });
  });
});

describe('consent', () => {
  it.each([['on'], ['true'], [true], ['1'], ['yes'], ['ON']])('accepts %j', (consent) => {
    expect(dataOf({ consent }).consent).toBe(true);
  });

  it.each([[undefined], [''], ['off'], ['false'], [false], ['0'], [0]])('rejects %j', (consent) => {
    expect(errorsOf({ consent })).toEqual({ consent: en.consent_required });
  });
});

describe('venue', () => {
  it.each([['tokyo'], ['osaka'], ['online']])('accepts %s', (venue) => {
    expect(dataOf({ venue }).venue).toBe(venue);
  });

  it.each([[undefined], [''], ['kyoto'], ['Tokyo'], [1]])('rejects %j', (venue) => {
    expect(errorsOf({ venue })).toEqual({ venue: en.venue_invalid });
  });
});

describe('parseRegistration', () => {
  it('returns exactly the registration fields, stripping anything else', () => {
    const result = parseRegistration({ ...valid, session: 'abc', isAdmin: true });
    expect(result).toEqual({
      success: true,
      data: { ...valid, consent: true },
    });
  });

  it('reads FormData as a form action receives it', () => {
    const form = new FormData();
    form.set('venue', 'online');
    form.set('name', 'Nguyễn Thị Hồng');
    form.set('organization', 'Hội Lao động');
    form.set('phone', '+84 912 345 678');
    form.set('email', 'HONG@EXAMPLE.VN');
    form.set('consent', 'on');
    expect(parseRegistration(form, 'en')).toEqual({
      success: true,
      data: {
        venue: 'online',
        name: 'Nguyễn Thị Hồng',
        organization: 'Hội Lao động',
        phone: '+84 912 345 678',
        email: 'HONG@example.vn',
        consent: true,
      },
    });
  });

  it('treats an uploaded file in a text field as empty', () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(valid)) form.set(key, value);
    form.set('name', new Blob(['x']), 'name.txt');
    const result = parseRegistration(form, 'en');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.fieldErrors).toEqual({ name: en.required });
  });

  it('echoes what was typed, not the normalised value, so the form can be re-filled', () => {
    const result = parseRegistration(
      {
        venue: 'tokyo',
        name: ' ｙａｍａｄａ ',
        organization: '',
        phone: '０９０－１２３４',
        email: 'ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ',
      },
      'ja',
    );
    expect(result).toEqual({
      success: false,
      fieldErrors: {
        organization: registrationMessages.ja.required,
        phone: registrationMessages.ja.phone_invalid,
        consent: registrationMessages.ja.consent_required,
      },
      values: {
        venue: 'tokyo',
        name: ' ｙａｍａｄａ ',
        organization: '',
        phone: '０９０－１２３４',
        email: 'ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ',
        consent: '',
      },
    });
  });

  it('echoes a given consent as a checked box', () => {
    const result = parseRegistration({ consent: true }, 'en');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.values.consent).toBe('on');
  });

  it('reports one message per field, in the requested language', () => {
    const input = { venue: 'nagoya', name: '', organization: 'x', phone: '1', email: 'x' };
    const ja = parseRegistration(input, 'ja');
    const enResult = parseRegistration(input, 'en');
    expect(ja.success || enResult.success).toBe(false);
    if (ja.success || enResult.success) return;
    expect(ja.fieldErrors).toEqual({
      venue: '参加される会場をお選びください。',
      name: 'この項目は必須です。ご入力ください。',
      phone: registrationMessages.ja.phone_invalid,
      email: 'メールアドレスの形式をご確認ください（例：name@example.com）。',
      consent: 'お申し込みには、個人情報の取り扱いへのご同意が必要です。',
    });
    expect(enResult.fieldErrors).toEqual({
      venue: 'Please choose the venue you will attend.',
      name: 'This field is required.',
      phone: en.phone_invalid,
      email: 'Please enter a valid email address (e.g. name@example.com).',
      consent: 'To register, please agree to how we handle your personal data.',
    });
  });

  it('defaults to Japanese messages', () => {
    const result = parseRegistration({ ...valid, name: 'a'.repeat(101) });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.fieldErrors.name).toBe('100文字以内でご入力ください。');
  });
});

describe('messages', () => {
  it.each(['ja', 'en'] as const)('%s has a non-empty text for every key', (locale) => {
    expect(Object.keys(registrationMessages[locale]).sort()).toEqual(
      [...registrationMessageKeys].sort(),
    );
    for (const key of registrationMessageKeys) {
      expect(registrationMessages[locale][key].trim()).not.toBe('');
    }
  });

  it('Japanese messages are Japanese and polite', () => {
    for (const key of registrationMessageKeys) {
      expect(registrationMessages.ja[key]).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(registrationMessages.ja[key]).toMatch(/(ください|です|ます)。?$|）。$/);
    }
  });

  it('fills in the limit', () => {
    expect(formatRegistrationMessage('too_long', 'ja', { max: 200 })).toBe(
      '200文字以内でご入力ください。',
    );
    expect(formatRegistrationMessage('too_long', 'en', { max: 254 })).toBe(
      'Please use no more than 254 characters.',
    );
  });
});
