import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A key-encryption key is 256 bits. */
export const KEY_ENCRYPTION_KEY_BYTES = 32;

/** A new key-encryption key. */
export function generateKeyEncryptionKey(): Buffer {
  return randomBytes(KEY_ENCRYPTION_KEY_BYTES);
}

/**
 * The pad a subject's key is wrapped with: HMAC-SHA256 of the subject under the key-encryption
 * key, as long as the key. Keys are random and each subject has one key for ever (a destroyed one
 * is never remade), so `key ⊕ pad` is a one-time encryption of it, the same 32 bytes wide: the key
 * stores keep their shape.
 */
function padOf(keyEncryptionKey: Buffer, subject: string): Buffer {
  return createHmac('sha256', keyEncryptionKey).update(`outcome-ledger subject key\0${subject}`).digest();
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let index = 0; index < a.length; index += 1) out[index] = a[index]! ^ b[index % b.length]!;
  return out;
}

/** A subject's key as stored, wrapped with the key-encryption key. */
export function wrapKey(keyEncryptionKey: Buffer, subject: string, key: Buffer): Buffer {
  return xor(key, padOf(keyEncryptionKey, subject));
}

/** A subject's key as used, from its stored form. */
export function unwrapKey(keyEncryptionKey: Buffer, subject: string, stored: Buffer): Buffer {
  return xor(stored, padOf(keyEncryptionKey, subject));
}

/** The row that says which key-encryption key wraps a key store: the wrapped form of an all-zero key. */
export const CHECK_SUBJECT = 'key-encryption-key-check';

export function checkValueOf(keyEncryptionKey: Buffer): Buffer {
  return wrapKey(keyEncryptionKey, CHECK_SUBJECT, Buffer.alloc(KEY_ENCRYPTION_KEY_BYTES));
}

export function isCheckValueOf(keyEncryptionKey: Buffer, stored: Buffer | null | undefined): boolean {
  const expected = checkValueOf(keyEncryptionKey);
  return !!stored && stored.length === expected.length && timingSafeEqual(stored, expected);
}
