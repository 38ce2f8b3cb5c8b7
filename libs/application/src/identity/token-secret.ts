import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'olt_';

/** A new bearer secret: 256 random bits, prefixed so leaked tokens are easy to spot in logs and code. */
export function generateTokenSecret(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored as their SHA-256: the secrets carry 256 bits of entropy, so a slow password
 * hash would add nothing but latency to every request.
 */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two hashes in constant time, so that how long a comparison takes says nothing about either. */
export function isSameHash(stored: string, presented: string): boolean {
  const [a, b] = [Buffer.from(stored, 'utf8'), Buffer.from(presented, 'utf8')];
  return a.length === b.length && timingSafeEqual(a, b);
}
