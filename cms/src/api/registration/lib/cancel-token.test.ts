import { CancellationRequest } from '@assc/schemas';
import { describe, expect, it } from 'vitest';
import { hashCancelToken, newCancelToken } from './cancel-token';

describe('cancel tokens', () => {
  it('carry 256 random bits in base64url, which the contract accepts', () => {
    const token = newCancelToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(CancellationRequest.safeParse({ token }).success).toBe(true);
  });

  it('are never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newCancelToken));
    expect(tokens.size).toBe(1000);
  });

  it('are stored as a SHA-256 hash that does not contain them', () => {
    const token = newCancelToken();
    const hash = hashCancelToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashCancelToken(token)).toBe(hash);
    expect(hashCancelToken(newCancelToken())).not.toBe(hash);
  });
});
