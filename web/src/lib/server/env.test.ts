import { describe, expect, it } from 'vitest';
import { EnvError, parseServerEnv } from './env';

const valid = {
  CMS_URL: 'http://127.0.0.1:1337',
  CMS_READ_TOKEN: 'a'.repeat(64),
  CMS_REGISTRATION_TOKEN: 'c'.repeat(64),
  SITE_WEBHOOK_SECRET: 'b'.repeat(32),
};

describe('parseServerEnv', () => {
  it('accepts a complete environment and applies defaults', () => {
    const env = parseServerEnv(valid);
    expect(env.CMS_TIMEOUT_MS).toBe(5000);
    expect(env.CACHE_TTL_SECONDS).toBe(300);
    expect(env.REGISTRATION_RATE_LIMIT).toBe(10);
    expect(env.REGISTRATION_MIN_FILL_MS).toBe(3000);
    expect(env.PAGE_CACHE).toBe('on');
  });

  it('takes 0 to turn the registration limits off, and refuses nonsense', () => {
    const env = parseServerEnv({
      ...valid,
      REGISTRATION_RATE_LIMIT: '0',
      REGISTRATION_MIN_FILL_MS: '0',
    });
    expect(env.REGISTRATION_RATE_LIMIT).toBe(0);
    expect(env.REGISTRATION_MIN_FILL_MS).toBe(0);
    expect(() => parseServerEnv({ ...valid, REGISTRATION_RATE_LIMIT: 'many' })).toThrow(
      /REGISTRATION_RATE_LIMIT must be a whole number/,
    );
    expect(() => parseServerEnv({ ...valid, REGISTRATION_MIN_FILL_MS: '-5' })).toThrow(
      /REGISTRATION_MIN_FILL_MS must be 0 or more/,
    );
    expect(() => parseServerEnv({ ...valid, CMS_REGISTRATION_TOKEN: '' })).toThrow(
      /CMS_REGISTRATION_TOKEN is missing/,
    );
  });

  it('names every missing variable in one message', () => {
    expect(() => parseServerEnv({ CMS_URL: 'http://x' })).toThrow(EnvError);
    try {
      parseServerEnv({ CMS_URL: 'not a url' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('CMS_URL must be the CMS address');
      expect(message).toContain('CMS_READ_TOKEN is missing');
      expect(message).toContain('SITE_WEBHOOK_SECRET is missing');
    }
  });

  it('treats empty strings as unset', () => {
    expect(() => parseServerEnv({ ...valid, CMS_READ_TOKEN: '' })).toThrow(/CMS_READ_TOKEN/);
  });
});
