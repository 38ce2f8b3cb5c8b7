import { SubjectErasedError } from '../personal-data.errors';
import { generateSubjectKey } from '../subject-key';
import { SubjectKeyStore } from '../subject-key-store.port';

/** Keys in memory, for unit tests. */
export class InMemorySubjectKeyStore extends SubjectKeyStore {
  /** A subject's key, or null for the tombstone of an erased subject. */
  private readonly keys = new Map<string, Buffer | null>();

  async getOrCreateKey(subject: string): Promise<Buffer> {
    const stored = this.keys.get(subject);
    if (stored === null) throw new SubjectErasedError(subject);
    if (stored) return Buffer.from(stored);
    const key = generateSubjectKey();
    this.keys.set(subject, key);
    return Buffer.from(key);
  }

  async findKeys(subjects: readonly string[]): Promise<ReadonlyMap<string, Buffer | null>> {
    const found = new Map<string, Buffer | null>();
    for (const subject of subjects) {
      const key = this.keys.get(subject);
      if (key !== undefined) found.set(subject, key === null ? null : Buffer.from(key));
    }
    return found;
  }

  async findErasedSubjects(subjects: readonly string[]): Promise<ReadonlySet<string>> {
    return new Set(subjects.filter((subject) => this.keys.get(subject) === null));
  }

  async destroyKey(subject: string): Promise<void> {
    this.keys.get(subject)?.fill(0);
    this.keys.set(subject, null);
  }

  override async rewriteKeys(
    rewrite: (subject: string, stored: Buffer) => Buffer,
    added: ReadonlyMap<string, Buffer> = new Map(),
  ): Promise<number> {
    let rewritten = 0;
    for (const [subject, stored] of this.keys) {
      if (stored === null) continue;
      this.keys.set(subject, rewrite(subject, Buffer.from(stored)));
      rewritten += 1;
    }
    for (const [subject, key] of added) this.keys.set(subject, Buffer.from(key));
    return rewritten;
  }

  async dispose(): Promise<void> {}
}
