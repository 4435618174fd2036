import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  startCmsExpectingFailure,
  testEnv,
  type TestDatabase,
} from '../../test/cms-process';

describe('production start-up', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => database?.dispose());

  const production = (): Record<string, string> => ({ ...testEnv(), NODE_ENV: 'production' });

  it('refuses a default secret and names it', async () => {
    const result = await startCmsExpectingFailure(database, {
      ...production(),
      APP_KEYS: 'toBeModified1,toBeModified2',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/APP_KEYS still holds a default value/);
  });

  it('refuses a missing secret and names it', async () => {
    const env = production();
    delete env.ADMIN_JWT_SECRET;
    const result = await startCmsExpectingFailure(database, env);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/ADMIN_JWT_SECRET is missing/);
  });
});
