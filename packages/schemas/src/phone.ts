/** `+`, a country code that cannot start with 0, then digits in groups separated by space or `-`. */
const INTERNATIONAL_SHAPE = /^\+[1-9][\d -]*\d$/;
/** Digits, spaces, `-` and parentheses, starting with a digit or `(` and ending with a digit. */
const DOMESTIC_SHAPE = /^[\d(][\d ()-]*\d$/;
/** At most one pair of parentheses, around the area code or the local exchange. */
const DOMESTIC_PARENTHESES = /^(?:\d+|\(\d+\)\d+|\d+\(\d+\)\d+)$/;

const JAPANESE_NUMBERS: readonly RegExp[] = [
  // Mobile, PHS and FMC: 060/070/080/090 + 8 digits.
  /^0[6-9]0\d{8}$/,
  // IP telephony.
  /^050\d{8}$/,
  // Free dial 0800 (0120 is ten digits and matches the landline rule).
  /^0800\d{7}$/,
  // Landlines, 0120 and 0570: ten digits. 020, 050–090 prefixes only exist as eleven-digit numbers.
  /^0(?![25-9]0)[1-9]\d{8}$/,
];

/** E.164 allows at most 15 digits; fewer than 7 is not a reachable number anywhere. */
const INTERNATIONAL_DIGITS = { min: 7, max: 15 } as const;

/** Expects the output of `normalizePhone`. */
export function isValidPhone(phone: string): boolean {
  if (phone.startsWith('+')) {
    if (!INTERNATIONAL_SHAPE.test(phone)) return false;
    const digits = phone.replace(/\D/g, '').length;
    return digits >= INTERNATIONAL_DIGITS.min && digits <= INTERNATIONAL_DIGITS.max;
  }
  if (!DOMESTIC_SHAPE.test(phone)) return false;
  const compact = phone.replace(/[ -]/g, '');
  if (!DOMESTIC_PARENTHESES.test(compact)) return false;
  const digits = compact.replace(/[()]/g, '');
  return JAPANESE_NUMBERS.some((pattern) => pattern.test(digits));
}
