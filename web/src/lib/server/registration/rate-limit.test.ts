import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows the configured number per minute and then says how long to wait', async () => {
    const limiter = createRateLimiter(3);
    for (let i = 0; i < 3; i += 1)
      expect(await limiter.consume('198.51.100.7')).toEqual({ allowed: true });
    const refused = await limiter.consume('198.51.100.7');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('counts each client on its own', async () => {
    const limiter = createRateLimiter(1);
    expect((await limiter.consume('a')).allowed).toBe(true);
    expect((await limiter.consume('b')).allowed).toBe(true);
    expect((await limiter.consume('a')).allowed).toBe(false);
  });

  it('never refuses when the limit is 0', async () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 100; i += 1) expect((await limiter.consume('a')).allowed).toBe(true);
  });
});
