import { SubjectErasedError } from '../personal-data.errors';
import type { SubjectKeyStore } from '../subject-key-store.port';

export interface SubjectKeyStoreContractHooks {
  readonly create: () => Promise<SubjectKeyStore>;
  readonly dispose?: (store: SubjectKeyStore) => Promise<void>;
}

/** The behaviour every SubjectKeyStore adapter shares. */
export function runSubjectKeyStoreContract(name: string, hooks: SubjectKeyStoreContractHooks): void {
  describe(`${name} (SubjectKeyStore contract)`, () => {
    let sut: SubjectKeyStore;

    beforeEach(async () => {
      sut = await hooks.create();
    });

    afterEach(async () => {
      await (hooks.dispose ? hooks.dispose(sut) : sut.dispose());
    });

    it('creates a 32-byte key on first use and answers the same key afterwards', async () => {
      const first = await sut.getOrCreateKey('subject-a');
      const second = await sut.getOrCreateKey('subject-a');

      expect(first).toHaveLength(32);
      expect(second.equals(first)).toBe(true);
    });

    it('creates the missing keys of many subjects at once, keeping existing keys and tombstones', async () => {
      const kept = await sut.getOrCreateKey('subject-a');
      await sut.destroyKey('subject-erased');

      await sut.createMissingKeys(['subject-a', 'subject-b', 'subject-c', 'subject-erased']);

      const found = await sut.findKeys(['subject-a', 'subject-b', 'subject-c', 'subject-erased']);
      expect(found.get('subject-a')!.equals(kept)).toBe(true);
      expect(found.get('subject-b')).toHaveLength(32);
      expect(found.get('subject-c')!.equals(found.get('subject-b')!)).toBe(false);
      expect(found.get('subject-erased')).toBeNull();
      expect((await sut.getOrCreateKey('subject-b')).equals(found.get('subject-b')!)).toBe(true);
    });

    it('gives every subject a key of its own', async () => {
      const a = await sut.getOrCreateKey('subject-a');
      const b = await sut.getOrCreateKey('subject-b');

      expect(a.equals(b)).toBe(false);
    });

    it('finds the keys of many subjects and a tombstone for erased ones, leaving out unknown ones', async () => {
      const a = await sut.getOrCreateKey('subject-a');
      const b = await sut.getOrCreateKey('subject-b');
      await sut.getOrCreateKey('subject-c');
      await sut.destroyKey('subject-c');

      const found = await sut.findKeys(['subject-a', 'subject-b', 'subject-c', 'subject-unknown']);

      expect([...found.keys()].sort()).toEqual(['subject-a', 'subject-b', 'subject-c']);
      expect(found.get('subject-a')!.equals(a)).toBe(true);
      expect(found.get('subject-b')!.equals(b)).toBe(true);
      expect(found.get('subject-c')).toBeNull();
    });

    it('finds which of many subjects are erased, with or without a key before', async () => {
      await sut.getOrCreateKey('subject-a');
      await sut.getOrCreateKey('subject-b');
      await sut.destroyKey('subject-b');
      await sut.destroyKey('subject-c');

      const erased = await sut.findErasedSubjects(['subject-a', 'subject-b', 'subject-c', 'subject-unknown']);

      expect([...erased].sort()).toEqual(['subject-b', 'subject-c']);
    });

    it('finds nothing for no subjects', async () => {
      expect((await sut.findKeys([])).size).toBe(0);
      expect((await sut.findErasedSubjects([])).size).toBe(0);
    });

    it('refuses to create a key for an erased subject', async () => {
      await sut.getOrCreateKey('subject-a');
      await sut.destroyKey('subject-a');

      await expect(sut.getOrCreateKey('subject-a')).rejects.toThrow(SubjectErasedError);
      await expect(sut.getOrCreateKey('subject-a')).rejects.toMatchObject({ code: 'event-store.subject-erased' });
    });

    it('remembers a subject erased before it ever had a key', async () => {
      await sut.destroyKey('subject-a');

      await expect(sut.getOrCreateKey('subject-a')).rejects.toThrow(SubjectErasedError);
    });

    it('destroys a key idempotently and leaves other subjects their keys', async () => {
      await sut.getOrCreateKey('subject-a');
      const b = await sut.getOrCreateKey('subject-b');

      await sut.destroyKey('subject-a');
      await sut.destroyKey('subject-a');

      expect((await sut.getOrCreateKey('subject-b')).equals(b)).toBe(true);
      expect((await sut.findKeys(['subject-a'])).get('subject-a')).toBeNull();
    });
  });
}
