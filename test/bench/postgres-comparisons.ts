import { Pool } from 'pg';
import { PostgresEventStore, type StreamAppend } from '@outcome/event-store';
import { type AppendWorkload, batchAppends, firstStreamVersion, singleEventAppends } from './append-workloads';
import type { Comparison, ComparisonFixture, Trial } from './alternating-rounds';
import type { BenchSettings } from './bench-settings';
import { APPEND_GOAL, BATCH_GOAL, REPLAY_GOAL } from './goals';
import { REPLAY_PAGE_SIZE, appendTrial, portAppendTrial, portReplayTrial, seedThroughPort } from './trials';
import { type ThrowawayPostgresDatabase, createThrowawayPostgresDatabase } from './throwaway-postgres-database';

const EVENT_COLUMNS = 'position, id, stream, stream_version, type, data, metadata, recorded_at';
// The port's default pool size, so that both sides reach the server the same way.
const POOL_SIZE = 10;
const COLUMNS_PER_ROW = 7;

/** PostgresEventStore against node-postgres alone, each comparison in a throwaway database. */
export function postgresComparisons(settings: BenchSettings): Comparison[] {
  const { postgresAdminUrl } = settings;
  return [
    {
      engine: 'PostgreSQL',
      workload: 'single appends',
      goal: APPEND_GOAL,
      open: () => appendFixture(postgresAdminUrl, () => singleEventAppends(settings.singleAppendEvents)),
    },
    {
      engine: 'PostgreSQL',
      workload: `batches of ${settings.batchSize}`,
      goal: BATCH_GOAL,
      open: () => appendFixture(postgresAdminUrl, () => batchAppends(settings.batches, settings.batchSize)),
    },
    {
      engine: 'PostgreSQL',
      workload: 'replay',
      goal: REPLAY_GOAL,
      open: () => replayFixture(postgresAdminUrl, settings.replayEvents),
    },
  ];
}

/** Every round writes a new workload into two new schemas of the comparison's database, one per side. */
async function appendFixture(adminUrl: string, nextWorkload: () => AppendWorkload): Promise<ComparisonFixture> {
  const database = await createThrowawayPostgresDatabase(adminUrl);
  let rounds = 0;
  return {
    nextRound: async () => {
      const workload = nextWorkload();
      rounds++;
      return {
        port: portAppendTrial(await connect(database, `port_${rounds}`), workload),
        raw: await rawAppendTrial(database, `raw_${rounds}`, workload),
      };
    },
    close: () => database.drop(),
  };
}

/** Both sides read the one seeded schema, each through its own pool. */
async function replayFixture(adminUrl: string, eventCount: number): Promise<ComparisonFixture> {
  const database = await createThrowawayPostgresDatabase(adminUrl);
  const schema = 'replay';
  const seeded = await connect(database, schema);
  await seedThroughPort(seeded, eventCount);
  await seeded.dispose();
  const pool = await warmPool(database);
  // Sets hint bits and statistics now, so that no round pays for them.
  await pool.query(`VACUUM ANALYZE ${schema}.events`);
  await pool.end();
  return {
    nextRound: async () => ({
      port: portReplayTrial(await connect(database, schema)),
      raw: await rawReplayTrial(database, schema),
    }),
    close: () => database.drop(),
  };
}

function connect(database: ThrowawayPostgresDatabase, schema: string): Promise<PostgresEventStore> {
  return PostgresEventStore.connect({ connectionString: database.url, schema });
}

/**
 * An INSERT of the same columns into the table the port's migration creates, numbering
 * positions itself: one row in autocommit per single append, one statement per batch.
 */
async function rawAppendTrial(
  database: ThrowawayPostgresDatabase,
  schema: string,
  workload: AppendWorkload,
): Promise<Trial> {
  await (await connect(database, schema)).dispose();
  const pool = await warmPool(database);
  const insertOf = insertStatements(schema);
  let head = 0;
  return appendTrial(
    workload,
    async (append) => {
      await pool.query(insertOf(append.events.length), rowValues(append, head));
      head += append.events.length;
    },
    () => pool.end(),
  );
}

/**
 * One SELECT over the whole table in position order, fetched through a cursor a page at a
 * time; node-postgres parses the JSON for both sides.
 */
async function rawReplayTrial(database: ThrowawayPostgresDatabase, schema: string): Promise<Trial> {
  const pool = await warmPool(database);
  let done = false;
  return {
    step: async () => {
      if (done) return 0;
      done = true;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `DECLARE scan NO SCROLL CURSOR FOR SELECT ${EVENT_COLUMNS} FROM ${schema}.events ORDER BY position`,
        );
        let events = 0;
        for (;;) {
          const { rowCount } = await client.query(`FETCH ${REPLAY_PAGE_SIZE} FROM scan`);
          events += rowCount ?? 0;
          if (rowCount !== REPLAY_PAGE_SIZE) break;
        }
        await client.query('COMMIT');
        return events;
      } finally {
        client.release();
      }
    },
    dispose: () => pool.end(),
  };
}

/** A pool with its first connection open, as the port's is once connected. */
async function warmPool(database: ThrowawayPostgresDatabase): Promise<Pool> {
  const pool = new Pool({ connectionString: database.url, max: POOL_SIZE });
  await pool.query('SELECT 1');
  return pool;
}

/** The INSERT text for `rows` rows, built once per row count. */
function insertStatements(schema: string): (rows: number) => string {
  const texts = new Map<number, string>();
  return (rows) => {
    let text = texts.get(rows);
    if (text === undefined) {
      const tuples = Array.from({ length: rows }, (_, row) => {
        const first = row * COLUMNS_PER_ROW;
        const parameters = Array.from({ length: COLUMNS_PER_ROW }, (_, column) => `$${first + column + 1}`);
        return `(${parameters.join(', ')}, clock_timestamp())`;
      });
      text = `INSERT INTO ${schema}.events (position, id, stream, stream_version, type, data, metadata, recorded_at)
              VALUES ${tuples.join(', ')}`;
      texts.set(rows, text);
    }
    return text;
  };
}

function rowValues(append: StreamAppend, head: number): unknown[] {
  const first = firstStreamVersion(append);
  return append.events.flatMap(({ id, type, data, metadata }, index) => [
    head + index + 1,
    id,
    append.stream,
    first + index,
    type,
    JSON.stringify(data),
    JSON.stringify(metadata),
  ]);
}
