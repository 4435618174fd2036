import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RegistrationRateLimiter {
  consume(clientAddress: string): Promise<RateDecision>;
}

/**
 * Submissions per client IP per minute. In memory, which suits one site process; several
 * processes behind a balancer would each count on their own (see docs/operations.md).
 */
export function createRateLimiter(perMinute: number): RegistrationRateLimiter {
  if (perMinute === 0) return { consume: async () => ({ allowed: true }) };
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async consume(clientAddress) {
      try {
        await limiter.consume(clientAddress);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.ceil(refusal.msBeforeNext / 1000) };
      }
    },
  };
}
