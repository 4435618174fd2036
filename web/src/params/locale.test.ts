import { locales } from '@assc/schemas';
import { describe, expect, it } from 'vitest';
import { match, routeLocales } from './locale';

describe('the locale route matcher', () => {
  it('knows exactly the schema’s locales', () => {
    expect([...routeLocales].sort()).toEqual([...locales].sort());
  });

  it('matches a locale and nothing else', () => {
    expect(match('ja')).toBe(true);
    expect(match('en')).toBe(true);
    expect(match('fr')).toBe(false);
    expect(match('JA')).toBe(false);
  });
});
