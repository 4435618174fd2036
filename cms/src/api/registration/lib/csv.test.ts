import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, registrationsCsv, type CsvRegistration } from './csv';

const row = (overrides: Partial<CsvRegistration> = {}): CsvRegistration => ({
  createdAt: '2018-10-01T05:00:00.000Z',
  status: 'confirmed',
  venue: 'tokyo',
  name: '山田 太郎',
  organization: 'ASSC',
  phone: '090-1234-5678',
  email: 'taro@example.org',
  language: 'ja',
  erasedAt: null,
  ...overrides,
});

const parse = (csv: string) => parseCsv(csv, { record_delimiter: '\r\n' }) as string[][];

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+81 90', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'makes %j text',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['山田', 'a=b', '090-1234-5678', '', "'already"])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('registrationsCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    const csv = registrationsCsv([row()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes one header and one record per registration, times in Japan time', () => {
    const [header, first] = parse(registrationsCsv([row()]).slice(1));
    expect(header).toHaveLength(9);
    expect(header?.[0]).toContain('JST');
    expect(first).toEqual([
      '2018-10-01 14:00:00',
      'confirmed',
      'tokyo',
      '山田 太郎',
      'ASSC',
      '090-1234-5678',
      'taro@example.org',
      'ja',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    const csv = registrationsCsv([
      row({
        name: '=cmd|"/C calc"!A0',
        organization: 'Foo, "Bar"\nBaz',
        phone: '+84 912 345 678',
        email: '@evil.example',
      }),
    ]);
    const [, record] = parse(csv.slice(1));
    expect(record?.[3]).toBe(`'=cmd|"/C calc"!A0`);
    expect(record?.[4]).toBe('Foo, "Bar"\nBaz');
    expect(record?.[5]).toBe("'+84 912 345 678");
    expect(record?.[6]).toBe("'@evil.example");
    expect(csv).toContain('"Foo, ""Bar""\nBaz"');
  });

  it('leaves erased personal data empty and shows when it was erased', () => {
    const [, record] = parse(
      registrationsCsv([
        row({
          name: null,
          organization: null,
          phone: null,
          email: null,
          erasedAt: '2019-01-09T15:00:00.000Z',
        }),
      ]).slice(1),
    );
    expect(record?.slice(3, 7)).toEqual(['', '', '', '']);
    expect(record?.[8]).toBe('2019-01-10 00:00:00');
  });
});
