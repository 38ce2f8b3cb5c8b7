import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { FolderSnapshot } from '../testing/folder-snapshot';
import { runSubjectKeyStoreContract } from '../testing/subject-key-store.contract';
import { SqliteSubjectKeyStore } from './sqlite-subject-key-store';

const folders: TemporaryDirectory[] = [];

function openInFreshFolder(): { folder: string; store: SqliteSubjectKeyStore } {
  const folder = createTemporaryDirectory();
  folders.push(folder);
  return { folder: folder.path, store: SqliteSubjectKeyStore.open(join(folder.path, 'subject-keys.sqlite')) };
}

afterAll(() => folders.forEach((folder) => folder.remove()));

runSubjectKeyStoreContract(SqliteSubjectKeyStore.name, { create: async () => openInFreshFolder().store });

describe(SqliteSubjectKeyStore.name, () => {
  it('keeps keys and tombstones across a reopen', async () => {
    const { folder, store } = openInFreshFolder();
    const key = await store.getOrCreateKey('subject-a');
    await store.destroyKey('subject-b');
    await store.dispose();

    const sut = SqliteSubjectKeyStore.open(join(folder, 'subject-keys.sqlite'));

    expect((await sut.getOrCreateKey('subject-a')).equals(key)).toBe(true);
    await expect(sut.getOrCreateKey('subject-b')).rejects.toMatchObject({ code: 'event-store.subject-erased' });
    await sut.dispose();
  });

  it('leaves no byte of a destroyed key in the database, WAL or shared-memory file', async () => {
    const { folder, store: sut } = openInFreshFolder();
    // Random subjects over many b-tree pages, split along the way: without secure_delete, about
    // one destroyed key in five survived in the free space of some page.
    const keys = new Map<string, Buffer>();
    for (let i = 0; i < 1000; i++) {
      const subject = randomUUID();
      keys.set(subject, await sut.getOrCreateKey(subject));
    }
    const erased = [...keys.keys()].filter((_, i) => i % 7 === 0);
    const kept = [...keys.keys()].filter((_, i) => i % 7 !== 0);

    for (const subject of erased) await sut.destroyKey(subject);

    const surviving = (subjects: string[]) => {
      const snapshot = FolderSnapshot.take(folder);
      return subjects.filter((subject) => snapshot.filesContaining(keys.get(subject)!).length > 0);
    };
    expect(
      FolderSnapshot.take(folder)
        .paths.map((path) => basename(path))
        .sort(),
    ).toEqual(['subject-keys.sqlite', 'subject-keys.sqlite-shm', 'subject-keys.sqlite-wal']);
    expect(surviving(erased)).toEqual([]);
    expect(surviving(kept)).toEqual(kept);
    await sut.dispose();
    expect(surviving(erased)).toEqual([]);
  });
});
