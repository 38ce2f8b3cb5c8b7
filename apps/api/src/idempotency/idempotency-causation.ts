import { createHash } from 'node:crypto';

/**
 * The causation id of the events a keyed write appends: the same for every retry of the request,
 * so that a retry after a crash can find the write that landed before its answer was kept. A hash,
 * so that the key itself is never written into an event.
 */
export function causationOfIdempotencyKey(tokenId: string, key: string): string {
  return `idempotency-key:${createHash('sha256').update(`${tokenId}\n${key}`).digest('hex').slice(0, 40)}`;
}
