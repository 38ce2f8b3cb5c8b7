import { Pool, type QueryResultRow } from 'pg';
import type { EventData, NewEventMetadata, RecordedEvent } from '../../event';
import {
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamAppend,
  EventStore,
  assertWellFormedAppends,
} from '../../event-store.port';
import { ANY_VERSION, NO_STREAM, type StreamVersion } from '../../expected-version';
import { migratePostgresSchema } from './migrate-postgres-schema';
import { PostgresAppendListener } from './postgres-append-listener';
import { toEventStoreError } from './postgres-errors';
import { appendedChannel } from './postgres-schema-migrations';
import { runAppendStatement } from './run-append-statement';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Schema holding the store's tables and functions, created when missing; default `event_store`. */
  readonly schema?: string;
  /** Connections for queries and appends; the listening connection comes on top. Default 10. */
  readonly poolSize?: number;
  /** How often `waitForAppend` re-reads the head, should a notification be lost; default 1000 ms. */
  readonly pollIntervalMs?: number;
  /**
   * Stamps `recordedAt` instead of the database clock (tests, reproducible imports). Either way
   * no event is stamped earlier than the one before it.
   */
  readonly clock?: () => Date;
}

const DEFAULT_SCHEMA = 'event_store';
// Leaves room for the "_appended" suffix of the notification channel within PostgreSQL's 63-byte names.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,39}$/;
const CONNECT_TIMEOUT_MS = 10_000;
// A startup option, which outranks ALTER DATABASE and ALTER ROLE settings; the backslash escapes the space.
const READ_COMMITTED = '-c default_transaction_isolation=read\\ committed';

interface EventRow {
  readonly position: string;
  readonly id: string;
  readonly stream: string;
  readonly stream_version: number;
  readonly type: string;
  readonly data: EventData;
  readonly metadata: NewEventMetadata;
  readonly recorded_at: Date;
}

interface AppendRow {
  readonly next_expected_version: number;
  readonly last_position: string;
}

const EVENT_COLUMNS = 'position, id, stream, stream_version, type, data, metadata, recorded_at';

/**
 * The event store on PostgreSQL, through node-postgres. Each append is one statement calling
 * the `append_events` function, which checks expectations, recognises retries, numbers events
 * and stamps `recordedAt` under a lock, so that positions follow commit order; it notifies
 * listeners, which `waitForAppend` relies on, with polling as the fallback.
 */
export class PostgresEventStore extends EventStore {
  private readonly appends: PostgresAppendListener;
  private readonly clock: (() => Date) | undefined;
  private disposal: Promise<void> | undefined;

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    options: PostgresEventStoreOptions,
  ) {
    super();
    this.clock = options.clock;
    this.appends = new PostgresAppendListener({
      connectionString: options.connectionString,
      channel: appendedChannel(schema),
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      readHeadPosition: () => this.readHeadPosition(),
    });
  }

  /**
   * Connects, creates or upgrades the schema and starts listening for appends.
   * @throws EventStoreUnavailableError when the server cannot be reached.
   */
  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = options.schema ?? DEFAULT_SCHEMA;
    if (!SCHEMA_NAME.test(schema)) {
      throw new Error(`Schema "${schema}" is not a lower-case SQL identifier of at most 40 characters`);
    }
    const pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // The append function's ordering needs it (see postgres-schema-migrations.ts), whatever the database's default.
      options: READ_COMMITTED,
    });
    // An idle connection dropped: the pool discards it and the next query opens a new one.
    pool.on('error', () => undefined);
    const store = new PostgresEventStore(pool, schema, options);
    try {
      await migratePostgresSchema(pool, schema);
      await store.appends.start();
      return store;
    } catch (error) {
      await store.dispose();
      throw toEventStoreError(error);
    }
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    assertWellFormedAppends(appends);
    const rows = await runAppendStatement<AppendRow>(
      this.pool,
      `SELECT next_expected_version, last_position FROM ${this.schema}.append_events($1::jsonb, $2::timestamptz)`,
      [JSON.stringify(appends.map(toAppendArgument)), this.clock?.() ?? null],
    );
    const streams = rows.map((row) => ({
      nextExpectedVersion: row.next_expected_version,
      position: BigInt(row.last_position),
    }));
    return { streams, position: streams.reduce((max, r) => (r.position > max ? r.position : max), 0n) };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events
        WHERE stream = $1 AND stream_version >= $2 ORDER BY stream_version LIMIT $3`,
      [stream, options.fromVersion ?? 0, options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async readStreamVersion(stream: string): Promise<StreamVersion> {
    const [row] = await this.query<{ version: number | null }>(
      `SELECT max(stream_version) AS version FROM ${this.schema}.events WHERE stream = $1`,
      [stream],
    );
    return row?.version ?? NO_STREAM;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const rows = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events WHERE position > $1 ORDER BY position LIMIT $2`,
      [String(options.after ?? 0n), options.maxCount],
    );
    return rows.map(toRecordedEvent);
  }

  async readHeadPosition(): Promise<bigint | null> {
    const [row] = await this.query<{ position: string | null }>(
      `SELECT max(position) AS position FROM ${this.schema}.events`,
    );
    return row?.position ? BigInt(row.position) : null;
  }

  /** One query: positions follow commit order and `recorded_at` never decreases along them. */
  override async readPositionRecordedBy(instant: Date): Promise<bigint | null> {
    const [row] = await this.query<{ position: string }>(
      `SELECT position FROM ${this.schema}.events WHERE recorded_at <= $1 ORDER BY position DESC LIMIT 1`,
      [instant],
    );
    return row ? BigInt(row.position) : null;
  }

  waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.appends.wait(after, timeoutMs, signal);
  }

  dispose(): Promise<void> {
    this.disposal ??= this.appends.dispose().then(() => this.pool.end());
    return this.disposal;
  }

  private async query<Row extends QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(text, values)).rows;
    } catch (error) {
      throw toEventStoreError(error);
    }
  }
}

function toAppendArgument(append: StreamAppend): unknown {
  return {
    stream: append.stream,
    expectedVersion: append.expectedVersion ?? ANY_VERSION,
    events: append.events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
  };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    stream: row.stream,
    streamVersion: row.stream_version,
    position: BigInt(row.position),
    data: row.data,
    metadata: { ...row.metadata, recordedAt: row.recorded_at.toISOString() },
  };
}
