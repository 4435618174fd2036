import { describe, expect, it } from 'vitest';
import { EnvError, parseServerEnv } from './env';

const valid = {
  CMS_URL: 'http://127.0.0.1:1337',
  CMS_READ_TOKEN: 'a'.repeat(64),
  SITE_WEBHOOK_SECRET: 'b'.repeat(32),
};

describe('parseServerEnv', () => {
  it('accepts a complete environment and applies defaults', () => {
    const env = parseServerEnv(valid);
    expect(env.CMS_TIMEOUT_MS).toBe(5000);
    expect(env.CACHE_TTL_SECONDS).toBe(300);
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
