/**
 * Holds one encryption key per data subject (a participant). Destroying a key crypto-shreds
 * every field that was encrypted with it; the subject is then remembered as erased, by a
 * tombstone without key material, so no new key can ever be made for it.
 *
 * Adapters: in-memory, SQLite (its own file), PostgreSQL (its own table). The class doubles as
 * the dependency-injection token.
 */
export abstract class SubjectKeyStore {
  /**
   * The subject's key, created on first use: 32 random bytes.
   * @throws SubjectErasedError when the subject's key was destroyed.
   */
  abstract getOrCreateKey(subject: string): Promise<Buffer>;

  /** The keys of those subjects that have one, in one query; erased and unknown subjects are absent. */
  abstract findKeys(subjects: readonly string[]): Promise<ReadonlyMap<string, Buffer>>;

  /** Destroys the subject's key and leaves a tombstone; idempotent, and valid for a subject with no key yet. */
  abstract destroyKey(subject: string): Promise<void>;

  /** Releases what the adapter opened itself; safe to call more than once. */
  abstract dispose(): Promise<void>;
}
