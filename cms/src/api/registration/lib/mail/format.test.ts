import { describe, expect, it } from 'vitest';
import { formatDate, formatTimeRange } from './format';

// The kick-off: 10 October 2018, 14:00–17:00 in Tokyo (05:00–08:00 UTC).
const START = '2018-10-10T05:00:00.000Z';
const END = '2018-10-10T08:00:00.000Z';

describe('dates in e-mails', () => {
  it('writes the date in Japan as Japanese readers write it', () => {
    expect(formatDate(START, 'ja')).toBe('2018年10月10日（水）');
  });

  it('writes the date in Japan as British English does', () => {
    expect(formatDate(START, 'en')).toBe('Wednesday, 10 October 2018');
  });

  it('uses the date in Japan, not in UTC', () => {
    // 23:30 UTC on the 9th is 08:30 on the 10th in Tokyo.
    expect(formatDate('2018-10-09T23:30:00.000Z', 'en')).toBe('Wednesday, 10 October 2018');
  });

  it('gives times in Japan time and says so', () => {
    expect(formatTimeRange(START, END, 'ja')).toBe('14:00〜17:00（日本時間）');
    expect(formatTimeRange(START, END, 'en')).toBe('14:00–17:00 (Japan time)');
  });
});
