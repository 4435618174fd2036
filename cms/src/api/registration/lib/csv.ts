import { stringify } from 'csv-stringify/sync';
import type { VenueCity } from '@assc/schemas';

export interface CsvRegistration {
  createdAt: string;
  status: string;
  venue: VenueCity;
  name: string | null;
  organization: string | null;
  phone: string | null;
  email: string | null;
  language: string;
  erasedAt: string | null;
}

const COLUMNS: { key: keyof CsvRegistration; header: string }[] = [
  { key: 'createdAt', header: '受付日時 Registered (JST)' },
  { key: 'status', header: '状態 Status' },
  { key: 'venue', header: '会場 Venue' },
  { key: 'name', header: '氏名 Name' },
  { key: 'organization', header: '所属 Organization' },
  { key: 'phone', header: '電話 Phone' },
  { key: 'email', header: 'メール E-mail' },
  { key: 'language', header: '言語 Language' },
  { key: 'erasedAt', header: '個人情報削除 Erased (JST)' },
];

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection), and
 * registrants type names and organisations themselves. A leading apostrophe makes the cell
 * text in Excel, LibreOffice and Google Sheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const JST = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2018-10-10 14:00:00` in Japan time: what staff expect, and what spreadsheets sort. */
function japanTime(iso: string | null): string {
  return iso ? JST.format(new Date(iso)) : '';
}

function cell(row: CsvRegistration, key: keyof CsvRegistration): string {
  if (key === 'createdAt' || key === 'erasedAt') return japanTime(row[key]);
  return neutraliseFormula(row[key] ?? '');
}

/**
 * UTF-8 with a byte-order mark (without it Excel reads Japanese as mojibake), CRLF line ends,
 * and quoting by csv-stringify wherever a comma, quote or line break needs it.
 */
export function registrationsCsv(rows: readonly CsvRegistration[]): string {
  return stringify(
    rows.map((row) => COLUMNS.map((c) => cell(row, c.key))),
    {
      bom: true,
      header: true,
      columns: COLUMNS.map((c) => c.header),
      record_delimiter: 'windows',
    },
  );
}
