import { describe, expect, it } from 'vitest';
import { SECRET_NAMES, assertSecrets, secretProblems } from './secrets';

const strong = Object.fromEntries(
  SECRET_NAMES.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef`]),
);

describe('secrets', () => {
  it('accepts strong secrets', () => {
    expect(secretProblems({ ...strong })).toEqual([]);
  });

  it('names a missing secret', () => {
    const env = { ...strong, JWT_SECRET: undefined };
    expect(secretProblems(env)).toEqual(['JWT_SECRET is missing']);
  });

  it('names a template default, even inside a list', () => {
    const env = { ...strong, APP_KEYS: 'abcdefabcdefabcdef12,toBeModified2' };
    expect(secretProblems(env)).toEqual([
      'APP_KEYS still holds a default value; generate a random one',
    ]);
  });

  it('only refuses in production', () => {
    expect(() => assertSecrets({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertSecrets({ NODE_ENV: 'production', ...strong, ENCRYPTION_KEY: '' })).toThrow(
      /ENCRYPTION_KEY is missing/,
    );
  });
});
