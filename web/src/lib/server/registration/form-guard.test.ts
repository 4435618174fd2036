import { describe, expect, it } from 'vitest';
import { checkStamp, isHoneypotFilled, issueStamp } from './form-guard';

const key = 'k'.repeat(32);

describe('the fill-time stamp', () => {
  const issuedAt = 1_800_000_000_000;
  const stamp = issueStamp(key, issuedAt);

  it('lets a form through once the minimum time has passed', () => {
    expect(checkStamp(key, stamp, 3000, issuedAt + 3000)).toBe('ok');
    expect(checkStamp(key, stamp, 3000, issuedAt + 2999)).toBe('too_fast');
  });

  it('refuses a stamp that was made up, altered, signed with another key or missing', () => {
    const [time, signature] = stamp.split('.');
    expect(checkStamp(key, `${Number(time) - 60_000}.${signature}`, 3000, issuedAt + 5000)).toBe(
      'invalid',
    );
    expect(checkStamp(key, `${time}.${signature?.slice(1)}x`, 3000, issuedAt + 5000)).toBe(
      'invalid',
    );
    expect(checkStamp('other'.repeat(8), stamp, 3000, issuedAt + 5000)).toBe('invalid');
    expect(checkStamp(key, null, 3000, issuedAt + 5000)).toBe('invalid');
    expect(checkStamp(key, 'garbage', 3000, issuedAt + 5000)).toBe('invalid');
  });

  it('checks nothing when the minimum is 0', () => {
    expect(checkStamp(key, null, 0)).toBe('ok');
  });
});

describe('the honeypot', () => {
  it('is caught only when something is typed into it', () => {
    const form = new FormData();
    expect(isHoneypotFilled(form)).toBe(false);
    form.set('website', '   ');
    expect(isHoneypotFilled(form)).toBe(false);
    form.set('website', 'http://spam.example');
    expect(isHoneypotFilled(form)).toBe(true);
  });
});
