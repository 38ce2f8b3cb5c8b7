import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { aNewEvent, runEventStoreContract } from '../testing';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { SQLITE_EVENT_FILE_NAME, SqliteEventStore } from '../adapters/sqlite/sqlite-event-store';
import { SqliteSubjectKeyStore } from './adapters/sqlite-subject-key-store';
import { PersonalDataEventStore } from './personal-data-event-store';
import type { PersonalDataPolicy } from './personal-data-policy';
import { FolderSnapshot } from './testing/folder-snapshot';

const folders = new Map<PersonalDataEventStore, TemporaryDirectory>();

function openInFreshFolder(policy: PersonalDataPolicy): {
  folder: string;
  keys: SqliteSubjectKeyStore;
  sut: PersonalDataEventStore;
} {
  const folder = createTemporaryDirectory('personal-data-');
  const keys = SqliteSubjectKeyStore.openInDataDir(folder.path);
  const sut = new PersonalDataEventStore(SqliteEventStore.openInDataDir(folder.path), keys, policy);
  folders.set(sut, folder);
  return { folder: folder.path, keys, sut };
}

async function disposeAndRemove(sut: PersonalDataEventStore): Promise<void> {
  await sut.dispose();
  folders.get(sut)?.remove();
  folders.delete(sut);
}

// Every field of every contract event is personal: the decorator must be invisible to readers.
const everyFieldPersonal: PersonalDataPolicy = (event) => ({ subject: 'contract', fields: Object.keys(event.data) });

runEventStoreContract(`${PersonalDataEventStore.name} over ${SqliteEventStore.name}`, {
  create: async () => openInFreshFolder(everyFieldPersonal).sut,
  dispose: (store) => disposeAndRemove(store as PersonalDataEventStore),
});

describe(`${PersonalDataEventStore.name} over ${SqliteEventStore.name}`, () => {
  afterAll(() => folders.forEach((folder) => folder.remove()));

  const enrolmentPolicy: PersonalDataPolicy = (event) =>
    event.type === 'ParticipantEnrolled'
      ? { subject: event.data.participantId as string, fields: ['name'] }
      : undefined;

  it('leaves no trace of the key or the name of an erased participant in any file of the data folder', async () => {
    const { folder, keys, sut } = openInFreshFolder(enrolmentPolicy);
    const names = new Map<string, string>();
    for (let i = 0; i < 100; i++) {
      const participantId = randomUUID();
      names.set(participantId, `Name ${randomUUID()}`);
      const data = { participantId, name: names.get(participantId) };
      await sut.appendToStream(`participant-${participantId}`, [aNewEvent({ type: 'ParticipantEnrolled', data })]);
    }
    const subjects = [...names.keys()];
    const keyOf = await keys.findKeys(subjects);
    const erased = subjects.filter((_, i) => i % 7 === 0);
    const kept = subjects.filter((_, i) => i % 7 !== 0);
    const withKeyIn = (snapshot: FolderSnapshot, of: string[]) =>
      of.filter((subject) => snapshot.filesContaining(keyOf.get(subject)!).length > 0);
    const withNameIn = (snapshot: FolderSnapshot, of: string[]) =>
      of.filter((subject) => snapshot.filesContaining(names.get(subject)!).length > 0);

    for (const subject of erased) await keys.destroyKey(subject);

    const whileOpen = FolderSnapshot.take(folder);
    expect(whileOpen.paths.map((path) => basename(path)).sort()).toEqual([
      'events.sqlite',
      'events.sqlite-shm',
      'events.sqlite-wal',
      'subject-keys.sqlite',
      'subject-keys.sqlite-shm',
      'subject-keys.sqlite-wal',
    ]);
    expect(withKeyIn(whileOpen, erased)).toEqual([]);
    expect(withKeyIn(whileOpen, kept)).toEqual(kept);
    expect(withNameIn(whileOpen, subjects)).toEqual([]);
    // The pseudonymous id stays readable, which shows that the scan does read the events' text.
    const eventFilesWithId = whileOpen
      .filesContaining(erased[0]!)
      .filter((path) => path.includes(SQLITE_EVENT_FILE_NAME));
    expect(eventFilesWithId).not.toEqual([]);
    await sut.dispose();
    expect(withKeyIn(FolderSnapshot.take(folder), erased)).toEqual([]);
  });
});
