import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { EventStoreUnavailableError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { aStreamName, runEventStoreContract, someNewEvents } from '../../testing';
import { SQLITE_EVENT_FILE_NAME, SqliteEventStore } from './sqlite-event-store';

const directories = new Map<EventStore, TemporaryDirectory>();

// The contract again, with the first append of a group waiting 2 ms for others to join it.
runEventStoreContract(`${SqliteEventStore.name} with a 2 ms group-commit window`, {
  create: async () => {
    const directory = createTemporaryDirectory('sqlite-group-commit-');
    const store = SqliteEventStore.open(join(directory.path, SQLITE_EVENT_FILE_NAME), { groupCommitWindowMs: 2 });
    directories.set(store, directory);
    return store;
  },
  dispose: async (store) => {
    await store.dispose();
    directories.get(store)?.remove();
    directories.delete(store);
  },
});

describe(`${SqliteEventStore.name}'s group commit`, () => {
  let directory: TemporaryDirectory;
  let file: string;
  let sut: SqliteEventStore;
  let observer: Database.Database;

  beforeEach(() => {
    directory = createTemporaryDirectory('sqlite-group-commit-');
    file = join(directory.path, SQLITE_EVENT_FILE_NAME);
    sut = SqliteEventStore.open(file, { busyTimeoutMs: 50 });
    observer = new Database(file);
  });

  afterEach(async () => {
    await sut.dispose();
    observer.close();
    directory.remove();
  });

  /** Frames the write-ahead log gained since it was last emptied: each commit writes the pages it changed. */
  const walFrames = (): number => (observer.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
  const emptyWal = (): unknown => observer.pragma('wal_checkpoint(TRUNCATE)');
  const storedIds = (): Set<string> => new Set(observer.prepare('SELECT id FROM events').pluck().all() as string[]);

  it('writes the appends made at once in one commit, not one commit each', async () => {
    const appends = Array.from({ length: 20 }, () => ({ stream: aStreamName(), events: someNewEvents(1) }));

    emptyWal();
    for (const { stream, events } of appends.slice(0, 10)) await sut.appendToStream(stream, events);
    const oneByOne = walFrames();
    emptyWal();
    await Promise.all(appends.slice(10).map(({ stream, events }) => sut.appendToStream(stream, events)));
    const together = walFrames();

    // Ten commits write their changed pages ten times over; one commit writes them once.
    expect(together * 4).toBeLessThan(oneByOne);
    expect(storedIds().size).toBe(20);
  });

  it('answers an append only once its group is committed: another connection already sees it', async () => {
    const events = someNewEvents(10);
    const seenByAnotherConnection: boolean[] = [];

    await Promise.all(
      events.map((event) =>
        sut.appendToStream(aStreamName(), [event]).then(() => seenByAnotherConnection.push(storedIds().has(event.id))),
      ),
    );

    expect(seenByAnotherConnection).toEqual(Array(10).fill(true));
  });

  it('fails every append of a group whose commit could not be made, storing none of them', async () => {
    observer.exec('BEGIN IMMEDIATE');
    const events = someNewEvents(5);

    const outcomes = await Promise.allSettled(events.map((event) => sut.appendToStream(aStreamName(), [event])));
    observer.exec('ROLLBACK');

    expect(outcomes.map((outcome) => outcome.status === 'rejected' && outcome.reason)).toEqual(
      Array(5).fill(expect.any(EventStoreUnavailableError)),
    );
    expect(storedIds().size).toBe(0);
    await sut.appendToStream(aStreamName(), someNewEvents(1));
    expect(storedIds().size).toBe(1);
  });

  it('commits what is queued before it closes', async () => {
    const event = someNewEvents(1)[0]!;

    const appended = sut.appendToStream(aStreamName(), [event]);
    await sut.dispose();

    await expect(appended).resolves.toMatchObject({ nextExpectedVersion: 0 });
    expect(storedIds().has(event.id)).toBe(true);
  });
});
