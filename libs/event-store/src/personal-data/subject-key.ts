import { randomBytes } from 'node:crypto';

/** AES-256 takes a 256-bit key. */
export const SUBJECT_KEY_BYTES = 32;

export function generateSubjectKey(): Buffer {
  return randomBytes(SUBJECT_KEY_BYTES);
}
