import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore, type StreamAppend } from '@outcome/event-store';
import { createTemporaryDirectory } from '@outcome/shared/testing';
import { type AppendWorkload, batchAppends, firstStreamVersion, singleEventAppends } from './append-workloads';
import type { Comparison, ComparisonFixture, Trial } from './alternating-rounds';
import type { BenchSettings } from './bench-settings';
import { APPEND_GOAL, BATCH_GOAL, REPLAY_GOAL } from './goals';
import { appendTrial, portAppendTrial, portReplayTrial, seedThroughPort } from './trials';

const EVENT_COLUMNS = 'position, id, stream, stream_version, type, data, metadata, recorded_at';

/** SqliteEventStore against better-sqlite3 alone, on files with the same durability settings. */
export function sqliteComparisons(settings: BenchSettings): Comparison[] {
  return [
    {
      engine: 'SQLite',
      workload: 'single appends',
      goal: APPEND_GOAL,
      open: async () => appendFixture(() => singleEventAppends(settings.singleAppendEvents)),
    },
    {
      engine: 'SQLite',
      workload: `batches of ${settings.batchSize}`,
      goal: BATCH_GOAL,
      open: async () => appendFixture(() => batchAppends(settings.batches, settings.batchSize)),
    },
    {
      engine: 'SQLite',
      workload: 'replay',
      goal: REPLAY_GOAL,
      open: () => replayFixture(settings),
    },
  ];
}

/** Every round writes a new workload into two new files, one per side. */
function appendFixture(nextWorkload: () => AppendWorkload): ComparisonFixture {
  const directory = createTemporaryDirectory('bench-sqlite-');
  let files = 0;
  const freshFile = (): string => join(directory.path, `${++files}.sqlite`);
  return {
    nextRound: async () => {
      const workload = nextWorkload();
      return {
        port: portAppendTrial(SqliteEventStore.open(freshFile()), workload),
        raw: await rawAppendTrial(freshFile(), workload),
      };
    },
    close: async () => directory.remove(),
  };
}

/** Both sides read the one seeded file, each through its own connection. */
async function replayFixture(settings: BenchSettings): Promise<ComparisonFixture> {
  const directory = createTemporaryDirectory('bench-sqlite-');
  const file = join(directory.path, 'replay.sqlite');
  const seeded = SqliteEventStore.open(file);
  await seedThroughPort(seeded, settings.replayEvents);
  await seeded.dispose();
  return {
    nextRound: async () => ({ port: portReplayTrial(SqliteEventStore.open(file)), raw: rawReplayTrial(file) }),
    close: async () => directory.remove(),
  };
}

/**
 * A plain INSERT of the same columns into the table the port's migration creates, one
 * transaction per append, with the port's durability: WAL and an fsync on every commit.
 */
async function rawAppendTrial(file: string, workload: AppendWorkload): Promise<Trial> {
  await SqliteEventStore.open(file).dispose();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(
    'INSERT INTO events (id, stream, stream_version, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const appendInOneTransaction = db.transaction((append: StreamAppend) => {
    const recordedAt = new Date().toISOString();
    let version = firstStreamVersion(append);
    for (const { id, type, data, metadata } of append.events) {
      insert.run(id, append.stream, version++, type, JSON.stringify(data), JSON.stringify(metadata), recordedAt);
    }
  });
  return appendTrial(workload, appendInOneTransaction, async () => void db.close());
}

/** One SELECT over the whole table in position order, stepped row by row, parsing the JSON as the port does. */
function rawReplayTrial(file: string): Trial {
  const db = new Database(file, { readonly: true });
  db.defaultSafeIntegers(true);
  const scan = db.prepare<[], { data: string; metadata: string }>(
    `SELECT ${EVENT_COLUMNS} FROM events ORDER BY position`,
  );
  let done = false;
  return {
    step: async () => {
      if (done) return 0;
      done = true;
      let events = 0;
      for (const row of scan.iterate()) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
        events++;
      }
      return events;
    },
    dispose: async () => void db.close(),
  };
}
