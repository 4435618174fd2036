import { describe, expect, it } from 'vitest';
import { formatDate, formatDateWithWeekday, formatTime, formatTimeRange } from './dates';

describe('dates in Japan time', () => {
  it('formats calendar days per locale', () => {
    expect(formatDate('2018-10-10', 'ja')).toBe('2018年10月10日');
    expect(formatDate('2018-10-10', 'en')).toBe('10 October 2018');
  });

  it('shows instants in Asia/Tokyo, not UTC', () => {
    // 23:30 UTC on the 9th is 08:30 on the 10th in Tokyo.
    expect(formatDate('2018-10-09T23:30:00.000Z', 'en')).toBe('10 October 2018');
    expect(formatTime('2018-10-09T23:30:00.000Z', 'ja')).toBe('08:30');
  });

  it('names the weekday and the zone', () => {
    expect(formatDateWithWeekday('2018-10-10T05:00:00.000Z', 'ja')).toBe('2018年10月10日(水)');
    expect(formatTimeRange('2018-10-10T05:00:00.000Z', '2018-10-10T08:00:00.000Z', 'en')).toBe(
      '14:00–17:00 (JST)',
    );
  });
});
