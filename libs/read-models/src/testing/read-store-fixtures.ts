import { join } from 'node:path';
import { type EventStore, type RecordedEvent, SqliteEventStore } from '@outcome/event-store';
import { createPostgresTestDatabase, createTemporaryDirectory } from '@outcome/shared/testing';
import { type RowVersion, evolveBatch, liveRowsOf } from '../projection/evolve-batch';
import type { Projection } from '../projection/projection';
import { openReadStore } from '../read-store/open-read-store';
import type { ReadStore } from '../read-store/read-store';
import type { ReadStoreOptions, ReadStoreSchema } from '../read-store/read-store-options';
import type { ProjectionLogger } from '../runner/projection-logger';

/** A throwaway read store: a SQLite file in a temporary folder, or a fresh PostgreSQL database. */
export interface ReadStoreFixture {
  readonly kind: ReadStoreOptions['kind'];
  /** Opens another store on the same database, as a second process would. */
  open(): Promise<ReadStore>;
  /** Closes the stores it opened and deletes the database. */
  remove(): Promise<void>;
}

export async function sqliteReadStoreFixture(
  migrations: ReadStoreSchema['migrations'] = [],
): Promise<ReadStoreFixture> {
  const folder = createTemporaryDirectory();
  return fixture({ kind: 'sqlite', file: join(folder.path, 'read-models.sqlite'), migrations }, async () =>
    folder.remove(),
  );
}

export async function postgresReadStoreFixture(
  schema?: string,
  migrations: ReadStoreSchema['migrations'] = [],
): Promise<ReadStoreFixture> {
  const database = await createPostgresTestDatabase('ol_read_models');
  return fixture({ kind: 'postgres', url: database.url, schema, migrations }, () => database.drop());
}

function fixture(options: ReadStoreOptions, removeDatabase: () => Promise<void>): ReadStoreFixture {
  const opened: ReadStore[] = [];
  return {
    kind: options.kind,
    async open() {
      const store = await openReadStore(options);
      opened.push(store);
      return store;
    },
    async remove() {
      await Promise.all(opened.map((store) => store.close()));
      await removeDatabase();
    },
  };
}

/** The embedded event store on a file in a temporary folder. */
export function temporarySqliteEventStore(): { readonly eventStore: EventStore; remove(): Promise<void> } {
  const folder = createTemporaryDirectory();
  const eventStore = SqliteEventStore.openInDataDir(folder.path, { pollIntervalMs: 20 });
  return {
    eventStore,
    async remove() {
      await eventStore.dispose();
      folder.remove();
    },
  };
}

export interface LogEntry {
  readonly level: keyof ProjectionLogger;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A logger that keeps what it is told. */
export function recordingLogger(): ProjectionLogger & { readonly entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (message: string, details: Readonly<Record<string, unknown>>) => {
    entries.push({ level, message, details });
  };
  return { entries, info: record('info'), warn: record('warn'), error: record('error') };
}

/** Every event of the store, up to `upTo` when given. */
export async function allEvents(store: EventStore, upTo?: bigint | null): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.replay())
    if (upTo === undefined || (upTo !== null && event.position <= upTo)) events.push(event);
  return events;
}

/** Counts the events up to a position, reading only what was appended since the last count. */
export function eventCounter(store: EventStore): (upTo: bigint | null) => Promise<number> {
  const positions: bigint[] = [];
  return async (upTo) => {
    for (;;) {
      const page = await store.readAll({ after: positions.at(-1), maxCount: 1000 });
      positions.push(...page.map((event) => event.position));
      if (page.length < 1000) break;
    }
    return upTo === null ? 0 : positions.filter((position) => position <= upTo).length;
  };
}

/** The rows the projection should hold after the events: the whole history folded in memory. */
export function rowsAfter<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  events: readonly RecordedEvent[],
): Row[] {
  const handled = events.filter((event) => projection.eventTypes.includes(event.type)) as Event[];
  return liveRowsOf(evolveBatch(projection, [], handled));
}

/** Polls `check` until it holds; throws after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A row as a live version, held since position 1: for tests that write tables directly. */
export function liveVersion<Row extends object>(row: Row): RowVersion<Row> {
  return { row, validFrom: 1n, validUntil: null };
}
