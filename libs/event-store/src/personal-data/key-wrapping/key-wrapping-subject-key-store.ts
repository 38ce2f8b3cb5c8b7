import { type RewriteProgress, SubjectKeyStore } from '../subject-key-store.port';
import { CHECK_SUBJECT, checkValueOf, isCheckValueOf, unwrapKey, wrapKey } from './key-encryption-key';
import { WrongKeyEncryptionKeyError } from './wrong-key-encryption-key.error';

/** What opening a key store with a key-encryption key did, for the start-up log. */
export type KeyWrappingOutcome =
  | { readonly outcome: 'opened' }
  | { readonly outcome: 'wrapped'; readonly keys: number }
  | { readonly outcome: 'rotated'; readonly keys: number };

/**
 * A key store whose keys are stored wrapped by a key-encryption key kept apart from the data: a copy
 * of the key store alone opens no participant's data. Every key goes in and out through here; the
 * adapter below stores the wrapped form. A key the adapter makes (32 random bytes) is read as the
 * wrapped form of an equally random key, so making one needs no extra step.
 */
export class KeyWrappingSubjectKeyStore extends SubjectKeyStore {
  private constructor(
    private readonly inner: SubjectKeyStore,
    private readonly keyEncryptionKey: Buffer,
  ) {
    super();
  }

  /**
   * Opens the key store with its key-encryption key. A store wrapped by no key yet (written before
   * keys were wrapped, or new) is wrapped now, in one transaction; one wrapped by `previous` is
   * rewrapped by the key given (rotation, reported to `onProgress`); one wrapped by another key is
   * refused before anything is written.
   * @throws WrongKeyEncryptionKeyError
   */
  static async open(
    inner: SubjectKeyStore,
    keyEncryptionKey: Buffer,
    previous?: Buffer,
    onProgress?: RewriteProgress,
  ): Promise<{ store: KeyWrappingSubjectKeyStore; opening: KeyWrappingOutcome }> {
    const store = new KeyWrappingSubjectKeyStore(inner, keyEncryptionKey);
    const check = (await inner.findKeys([CHECK_SUBJECT])).get(CHECK_SUBJECT);
    if (isCheckValueOf(keyEncryptionKey, check)) return { store, opening: { outcome: 'opened' } };
    const added = new Map([[CHECK_SUBJECT, checkValueOf(keyEncryptionKey)]]);
    if (check === undefined) {
      const keys = await inner.rewriteKeys((subject, key) => wrapKey(keyEncryptionKey, subject, key), added);
      return { store, opening: { outcome: 'wrapped', keys } };
    }
    if (previous && isCheckValueOf(previous, check)) {
      const keys = await inner.rewriteKeys(
        (subject, stored) => wrapKey(keyEncryptionKey, subject, unwrapKey(previous, subject, stored)),
        added,
        onProgress,
      );
      return { store, opening: { outcome: 'rotated', keys: keys - 1 } };
    }
    throw new WrongKeyEncryptionKeyError();
  }

  /** Whether the keys of this key store are wrapped by this key-encryption key; reads the check row only. */
  static async isWrappedBy(inner: SubjectKeyStore, keyEncryptionKey: Buffer): Promise<boolean> {
    return isCheckValueOf(keyEncryptionKey, (await inner.findKeys([CHECK_SUBJECT])).get(CHECK_SUBJECT));
  }

  async getOrCreateKey(subject: string): Promise<Buffer> {
    return unwrapKey(this.keyEncryptionKey, subject, await this.inner.getOrCreateKey(subject));
  }

  async findKeys(subjects: readonly string[]): Promise<ReadonlyMap<string, Buffer | null>> {
    const stored = await this.inner.findKeys(subjects);
    return new Map(
      [...stored].map(([subject, key]) => [subject, key && unwrapKey(this.keyEncryptionKey, subject, key)]),
    );
  }

  findErasedSubjects(subjects: readonly string[]): Promise<ReadonlySet<string>> {
    return this.inner.findErasedSubjects(subjects);
  }

  destroyKey(subject: string): Promise<void> {
    return this.inner.destroyKey(subject);
  }

  override createMissingKeys(subjects: readonly string[]): Promise<void> {
    return this.inner.createMissingKeys(subjects);
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}
