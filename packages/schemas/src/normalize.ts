/**
 * NFKC folds what Japanese IMEs produce in full-width (０９０, ｙａｍａｄａ＠…, the ideographic
 * space) and half-width katakana into their ordinary forms, and composes decomposed Latin
 * (Vietnamese typed on macOS arrives as NFD). JavaScript's `\s` already covers U+3000 and NBSP.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * Dashes NFKC leaves alone but that people type, or IMEs convert to, inside phone numbers:
 * U+2010–2015 (hyphen … horizontal bar), U+2212 minus, U+30FC/U+FF70 katakana prolonged sound mark.
 */
const PHONE_DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;

/**
 * The phone number as typed, made comparable: ASCII digits, `-` as the only dash, no spaces around
 * dashes, no doubled dashes and no space after a leading `+`. The grouping is the user's own:
 * Japanese area codes are 1–4 digits and only the user knows where theirs ends.
 */
export function normalizePhone(value: string): string {
  return normalizeText(value)
    .replace(PHONE_DASHES, '-')
    .replace(/ ?- ?/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^\+ /, '+');
}

/**
 * C0/C1 controls (what survives whitespace folding: NUL, ESC, DEL, …) and the bidi embedding,
 * override and isolate controls, which can make a name display differently from what is stored.
 * ZWJ/ZWNJ stay allowed: Indic and Burmese spellings need them.
 */
const FORBIDDEN_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

export function hasNoControlCharacters(value: string): boolean {
  return !FORBIDDEN_CHARACTERS.test(value);
}
