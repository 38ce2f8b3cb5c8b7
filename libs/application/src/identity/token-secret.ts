import { createHash, randomBytes } from 'node:crypto';

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
