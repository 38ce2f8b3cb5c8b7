import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { EventStoreUnavailableError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import {
  RecordingSubscriber,
  appendRetryingOnConflict,
  aStreamName,
  runEventStoreContract,
  someNewEvents,
} from '../../testing';
import { SQLITE_EVENT_FILE_NAME, SqliteEventStore } from './sqlite-event-store';

const directories = new Map<EventStore, TemporaryDirectory>();

runEventStoreContract(SqliteEventStore.name, {
  create: async () => {
    const directory = createTemporaryDirectory('sqlite-event-store-');
    const store = SqliteEventStore.open(join(directory.path, SQLITE_EVENT_FILE_NAME));
    directories.set(store, directory);
    return store;
  },
  dispose: async (store) => {
    await store.dispose();
    directories.get(store)?.remove();
    directories.delete(store);
  },
});

describe(SqliteEventStore.name, () => {
  let directory: TemporaryDirectory;
  let file: string;
  const opened: SqliteEventStore[] = [];
  const open = (options: Parameters<typeof SqliteEventStore.open>[1] = {}): SqliteEventStore => {
    const store = SqliteEventStore.open(file, options);
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    directory = createTemporaryDirectory('sqlite-event-store-');
    file = join(directory.path, SQLITE_EVENT_FILE_NAME);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.dispose()));
    directory.remove();
  });

  // Both connections live in this thread, and better-sqlite3 is synchronous: they take turns
  // rather than contend. sqlite-event-store.two-processes.int-spec.ts has another process contend.
  it('lets two connections on one file interleave their appends, and a subscriber on one see every write of both exactly once', async () => {
    const [sut, otherConnection] = [open({ pollIntervalMs: 20 }), open({ pollIntervalMs: 20 })];
    const subscriber = new RecordingSubscriber(sut, { pageSize: 10 });
    const shared = aStreamName('shared');
    const events = someNewEvents(40);

    await Promise.all(
      events.map((event, writer) => appendRetryingOnConflict(writer % 2 ? otherConnection : sut, shared, event)),
    );
    await Promise.all([sut, otherConnection].map((store) => store.appendToStream(aStreamName(), someNewEvents(5))));
    await subscriber.reach((await otherConnection.readHeadPosition())!);

    const delivered = await subscriber.stop();
    const everything = await otherConnection.readAll({ maxCount: 1000 });
    expect(delivered).toEqual(everything);
    expect(new Set(delivered.map((event) => event.id)).size).toBe(50);
    expect((await sut.readStream(shared)).map((event) => event.streamVersion)).toEqual(events.map((_, v) => v));
  }, 30_000);

  it('keeps every event when the file is closed and opened again, and carries on numbering after them', async () => {
    const stream = aStreamName();
    const before = open();
    await before.appendToStream(stream, someNewEvents(3));
    const stored = await before.readAll({ maxCount: 10 });
    await before.dispose();

    const sut = open();
    const next = await sut.appendToStream(stream, someNewEvents(1), { expectedVersion: 2 });

    expect((await sut.readAll({ maxCount: 10 })).slice(0, 3)).toEqual(stored);
    expect(next.nextExpectedVersion).toBe(3);
    expect(next.position).toBeGreaterThan(stored[2]!.position);
  });

  it('creates its schema once, however often the file is opened', async () => {
    open();
    open();
    await Promise.all(opened.splice(0).map((store) => store.dispose()));

    expect(inspect(file, (db) => db.prepare('SELECT version FROM schema_version').pluck().all())).toEqual([1]);
  });

  it('refuses a file whose schema is newer than it knows', async () => {
    await open().dispose();
    inspect(file, (db) => db.prepare('INSERT INTO schema_version (version) VALUES (99)').run());

    expect(() => open()).toThrow(/schema version 99/);
  });

  it('keeps the file in WAL mode, so that readers do not block the writer', async () => {
    const sut = open();
    await sut.appendToStream(aStreamName(), someNewEvents(1));
    const reader = new Database(file);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM events').get();

    await sut.appendToStream(aStreamName(), someNewEvents(1));

    expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reader.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    reader.exec('COMMIT');
    reader.close();
  });

  it('fails as unavailable, storing nothing, when another process holds the write lock too long', async () => {
    const sut = open({ busyTimeoutMs: 50 });
    const stream = aStreamName();
    const otherWriter = new Database(file);
    otherWriter.exec('BEGIN IMMEDIATE');

    await expect(sut.appendToStream(stream, someNewEvents(1))).rejects.toBeInstanceOf(EventStoreUnavailableError);

    otherWriter.exec('ROLLBACK');
    otherWriter.close();
    expect(await sut.readStream(stream)).toEqual([]);
  });

  it('keeps recordedAt from going back when the clock steps back', async () => {
    const clock = ['2025-06-01T12:00:00.000Z', '2025-06-01T11:59:00.000Z'];
    const sut = open({ now: () => new Date(clock.shift()!) });
    const stream = aStreamName();

    await sut.appendToStream(stream, someNewEvents(1));
    await sut.appendToStream(stream, someNewEvents(1));

    const recordedAt = (await sut.readStream(stream)).map((event) => event.metadata.recordedAt);
    expect(recordedAt).toEqual(['2025-06-01T12:00:00.000Z', '2025-06-01T12:00:00.000Z']);
  });

  it('never hands out a position twice, even when the newest row was removed by hand', async () => {
    const sut = open();
    const { position: removed } = await sut.appendToStream(aStreamName(), someNewEvents(1));
    inspect(file, (db) => db.prepare('DELETE FROM events WHERE position = ?').run(removed));

    const { position } = await sut.appendToStream(aStreamName(), someNewEvents(1));

    expect(position).toBeGreaterThan(removed);
  });

  it('opens the embedded default, events.sqlite in the data folder, creating the folder', async () => {
    const dataDir = join(directory.path, 'data', 'nested');
    opened.push(SqliteEventStore.openInDataDir(dataDir));

    expect(existsSync(join(dataDir, SQLITE_EVENT_FILE_NAME))).toBe(true);
  });
});

/** A raw connection of its own on the file, as another process would open. */
function inspect<T>(file: string, look: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return look(db);
  } finally {
    db.close();
  }
}
