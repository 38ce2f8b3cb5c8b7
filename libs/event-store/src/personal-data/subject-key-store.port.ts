/**
 * Holds one encryption key per data subject (a participant). Destroying a key crypto-shreds
 * every field that was encrypted with it; the subject is then remembered as erased, by a
 * tombstone without key material, so no new key can ever be made for it.
 *
 * Adapters: in-memory, SQLite (its own file), PostgreSQL (its own table). The class doubles as
 * the dependency-injection token.
 */
/** How far a rewrite of every stored key has come. */
export type RewriteProgress = (rewritten: number, total: number) => void;

export abstract class SubjectKeyStore {
  /**
   * The subject's key, created on first use: 32 random bytes.
   * @throws SubjectErasedError when the subject's key was destroyed.
   */
  abstract getOrCreateKey(subject: string): Promise<Buffer>;

  /**
   * In one query, each known subject's key, or null for the tombstone of an erased one. A subject
   * that is absent was never given a key here: for one whose personal data is stored, the key
   * store was lost or is not the one the data was encrypted with.
   */
  abstract findKeys(subjects: readonly string[]): Promise<ReadonlyMap<string, Buffer | null>>;

  /** Those of the subjects that were erased, in one query, without touching any key. */
  abstract findErasedSubjects(subjects: readonly string[]): Promise<ReadonlySet<string>>;

  /** Destroys the subject's key and leaves a tombstone; idempotent, and valid for a subject with no key yet. */
  abstract destroyKey(subject: string): Promise<void>;

  /**
   * Makes the keys of the subjects that have none yet, ahead of a bulk write (an import), so that
   * sealing its events finds them; erased subjects are left as they are. Adapters that can make
   * them in one transaction do (SQLite: one sync to disk instead of one per key).
   */
  async createMissingKeys(subjects: readonly string[]): Promise<void> {
    const erased = await this.findErasedSubjects(subjects);
    for (const subject of subjects) if (!erased.has(subject)) await this.getOrCreateKey(subject);
  }

  /**
   * In one transaction, replaces every stored key (tombstones stay as they are) by `rewrite(subject,
   * stored)` and stores the `added` keys: how keys are wrapped by a new key-encryption key.
   * `onProgress` hears how many of the stored keys are rewritten so far, for a long rotation.
   * @returns how many keys were rewritten.
   */
  rewriteKeys(
    _rewrite: (subject: string, stored: Buffer) => Buffer,
    _added: ReadonlyMap<string, Buffer> = new Map(),
    _onProgress?: RewriteProgress,
  ): Promise<number> {
    return Promise.reject(new Error(`${this.constructor.name} cannot rewrite its keys`));
  }

  /** Releases what the adapter opened itself; safe to call more than once. */
  abstract dispose(): Promise<void>;
}
