import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: unguessable, and short enough for a link in an e-mail. */
export function newCancelToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only the hash is stored, so a leaked database cannot cancel anyone's seat. A fast hash is
 * enough: the token has 256 bits of entropy, there is nothing to brute-force.
 */
export function hashCancelToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
