import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '../../event';
import { EventIdConflictError, EventStoreUnavailableError, WrongExpectedVersionError } from '../../errors';
import {
  type AppendResult,
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamAppend,
  EventStore,
  assertWellFormedAppends,
} from '../../event-store.port';
import { ANY_VERSION, NO_STREAM, type StreamVersion, expectationHolds } from '../../expected-version';
import { EVENT_COLUMNS, type SqliteEventRow, toRecordedEvent } from './sqlite-event-row';
import { migrateSqliteEventStoreSchema } from './sqlite-event-store-schema';
import { WakeUps } from './wake-ups';

/** Name of the event file in the data folder of the embedded default. */
export const SQLITE_EVENT_FILE_NAME = 'events.sqlite';

export interface SqliteEventStoreOptions {
  /** How often `waitForAppend` looks for appends made by other processes on the file; default 200 ms. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write lock (SQLite's busy_timeout) before it fails; default 5 s. */
  readonly busyTimeoutMs?: number;
  /** The clock that stamps `recordedAt`; defaults to the system clock. */
  readonly now?: () => Date;
  /**
   * How long the first append of a group waits for others to join its commit, in ms. Default 0:
   * the group is whatever was queued by the end of the current turn of the event loop.
   */
  readonly groupCommitWindowMs?: number;
}

/** An append waiting for its group's commit. */
interface QueuedAppend {
  readonly appends: readonly StreamAppend[];
  readonly resolve: (result: MultiStreamAppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** What one append of a group came to, known only once the group's commit has succeeded. */
type GroupOutcome =
  { readonly ok: true; readonly result: MultiStreamAppendResult } | { readonly ok: false; readonly error: unknown };

interface StoredEventPlace {
  readonly id: string;
  readonly stream: string;
  readonly stream_version: bigint;
  readonly position: bigint;
}

/**
 * The embedded event store: one SQLite file in WAL mode, so readers never block the writer and
 * other processes (an external projector) may open the same file. Appends run in immediate
 * transactions, which serialise writers across processes before they read any version.
 */
export class SqliteEventStore extends EventStore {
  private readonly selectStoredPlaces;
  private readonly selectStreamVersion;
  private readonly selectHead;
  private readonly insertEvent;
  private readonly selectStream;
  private readonly selectAll;
  private readonly appendAtomically;
  private readonly commitGroup;
  private readonly groupCommitWindowMs: number;
  private queued: QueuedAppend[] = [];
  private flushScheduled = false;
  private readonly pollIntervalMs: number;
  private readonly now: () => Date;
  private readonly wakeUps = new WakeUps();
  private disposed = false;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
  ) {
    super();
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.now = options.now ?? (() => new Date());
    this.selectStoredPlaces = db.prepare<[string], StoredEventPlace>(
      'SELECT id, stream, stream_version, position FROM events WHERE id IN (SELECT value FROM json_each(?))',
    );
    this.selectStreamVersion = db
      .prepare<[string], bigint | null>('SELECT max(stream_version) FROM events WHERE stream = ?')
      .pluck();
    this.selectHead = db.prepare<[], { position: bigint; recorded_at: string }>(
      'SELECT position, recorded_at FROM events ORDER BY position DESC LIMIT 1',
    );
    this.insertEvent = db.prepare<[string, string, number, string, string, string, string]>(
      'INSERT INTO events (id, stream, stream_version, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectStream = db.prepare<[string, number, number], SqliteEventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND stream_version >= ? ORDER BY stream_version LIMIT ?`,
    );
    this.selectAll = db.prepare<[bigint, number], SqliteEventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    );
    this.appendAtomically = db.transaction((appends: readonly StreamAppend[]) => this.appendInTransaction(appends));
    this.commitGroup = db.transaction((group: readonly QueuedAppend[]) =>
      group.map((queued) => this.appendOne(queued)),
    );
    this.groupCommitWindowMs = options.groupCommitWindowMs ?? 0;
  }

  /** Opens the event file at `filePath`, creating it and its schema if need be. */
  static open(filePath: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const db = new Database(filePath, { timeout: options.busyTimeoutMs ?? 5_000 });
    try {
      db.pragma('journal_mode = WAL');
      // Health data: fsync on every commit, so a power cut never loses an acknowledged append.
      db.pragma('synchronous = FULL');
      db.defaultSafeIntegers(true);
      migrateSqliteEventStoreSchema(db);
      return new SqliteEventStore(db, options);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Opens the embedded default, `events.sqlite` in the data folder, creating the folder if need be. */
  static openInDataDir(dataDir: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    mkdirSync(dataDir, { recursive: true });
    return SqliteEventStore.open(join(dataDir, SQLITE_EVENT_FILE_NAME), options);
  }

  /**
   * Group commit: the appends made while a commit is pending are gathered into one immediate
   * transaction, so that one fsync serves them all. Each append still runs alone inside it, in a
   * savepoint of its own (better-sqlite3 nests transactions so), with its own expectations
   * checked against everything before it, the group's earlier appends included: an append that
   * fails rolls back to its savepoint, leaving the others in. Every append is answered only once
   * the group's commit has returned; should the commit itself fail, every append of the group
   * fails with it and nothing of it is stored.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    assertWellFormedAppends(appends);
    if (this.disposed) throw new EventStoreUnavailableError('The event store was disposed');
    return new Promise((resolve, reject) => {
      this.queued.push({ appends, resolve, reject });
      this.scheduleFlush();
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.whileAvailable(() =>
      // LIMIT -1 is SQLite for no limit.
      this.selectStream.all(stream, options.fromVersion ?? 0, options.maxCount ?? -1),
    );
    return rows.map(toRecordedEvent);
  }

  async readStreamVersion(stream: string): Promise<StreamVersion> {
    return this.whileAvailable(() => this.streamVersion(stream));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.whileAvailable(() => this.selectAll.all(options.after ?? 0n, options.maxCount)).map(toRecordedEvent);
  }

  async readHeadPosition(): Promise<bigint | null> {
    return this.whileAvailable(() => this.selectHead.get()?.position ?? null);
  }

  /** Wakes at once on this store's own appends, and polls for appends by other processes. */
  async waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.disposed || signal?.aborted) return;
      const head = this.whileAvailable(() => this.selectHead.get()?.position);
      if (head !== undefined && head > (after ?? 0n)) return;
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) return;
      await this.wakeUps.sleep(Math.min(remainingMs, this.pollIntervalMs), signal);
    }
  }

  async dispose(): Promise<void> {
    if (this.db.open) this.flush();
    this.disposed = true;
    this.wakeUps.wakeAll();
    if (this.db.open) this.db.close();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const flush = () => this.flush();
    if (this.groupCommitWindowMs > 0) setTimeout(flush, this.groupCommitWindowMs);
    else setImmediate(flush);
  }

  /** Commits every queued append in one transaction, then answers each. */
  private flush(): void {
    this.flushScheduled = false;
    const group = this.queued;
    this.queued = [];
    if (group.length === 0) return;
    let outcomes: GroupOutcome[];
    try {
      outcomes = this.whileAvailable(() => this.commitGroup.immediate(group));
    } catch (error) {
      for (const queued of group) queued.reject(error);
      return;
    }
    group.forEach((queued, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) queued.resolve(outcome.result);
      else queued.reject(outcome.error);
    });
    this.wakeUps.wakeAll();
  }

  /**
   * One append of a group in its own savepoint: a refusal (a version clash, an event id stored
   * otherwise, data JSON cannot hold) is its own answer, not the group's. An error of SQLite
   * itself may have ended the transaction: it fails the whole group.
   */
  private appendOne({ appends }: QueuedAppend): GroupOutcome {
    try {
      return { ok: true, result: this.appendAtomically(appends) };
    } catch (error) {
      if (isSqliteError(error)) throw error;
      return { ok: false, error };
    }
  }

  private appendInTransaction(appends: readonly StreamAppend[]): MultiStreamAppendResult {
    const recordedAt = this.recordedAtNow();
    const streams = appends.map((append) => this.retryResultOf(append) ?? this.insert(append, recordedAt));
    const position = streams.reduce((max, result) => (result.position > max ? result.position : max), 0n);
    return { streams, position };
  }

  private insert(append: StreamAppend, recordedAt: string): AppendResult {
    const current = this.streamVersion(append.stream);
    const expected = append.expectedVersion ?? ANY_VERSION;
    if (!expectationHolds(expected, current)) {
      throw new WrongExpectedVersionError(append.stream, String(expected), String(current));
    }
    let version = current === NO_STREAM ? -1 : current;
    let position = 0n;
    for (const event of append.events) {
      version += 1;
      const { lastInsertRowid } = this.insertEvent.run(
        event.id,
        append.stream,
        version,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        recordedAt,
      );
      // position is the rowid (INTEGER PRIMARY KEY); reading it back costs less CPU than RETURNING.
      position = BigInt(lastInsertRowid);
    }
    return { nextExpectedVersion: version, position };
  }

  /**
   * The original result when every event is already stored as this very batch on this stream;
   * undefined when none is stored; an EventIdConflictError for anything in between.
   */
  private retryResultOf({ stream, events }: StreamAppend): AppendResult | undefined {
    const stored = this.selectStoredPlaces.all(JSON.stringify(events.map((event) => event.id)));
    if (stored.length === 0) return undefined;
    const placeOf = new Map(stored.map((place) => [place.id, place]));
    const places = events.map((event) => placeOf.get(event.id));
    const isSameBatch = places.every(
      (place, i) =>
        place?.stream === stream && (i === 0 || place.stream_version === places[i - 1]!.stream_version + 1n),
    );
    if (!isSameBatch) throw new EventIdConflictError(stream, [...placeOf.keys()]);
    const last = places.at(-1)!;
    return { nextExpectedVersion: Number(last.stream_version), position: last.position };
  }

  private streamVersion(stream: string): StreamVersion {
    const version = this.selectStreamVersion.get(stream);
    return typeof version === 'bigint' ? Number(version) : NO_STREAM;
  }

  /** The clock's instant, but never before the newest event's: a clock stepping back must not reorder time. */
  private recordedAtNow(): string {
    const now = this.now().toISOString();
    const newest = this.selectHead.get()?.recorded_at;
    return newest !== undefined && newest > now ? newest : now;
  }

  /** Runs a statement, turning a lock held too long by another process into EventStoreUnavailableError. */
  private whileAvailable<T>(statement: () => T): T {
    try {
      return statement();
    } catch (error) {
      if (isLockedOut(error)) {
        throw new EventStoreUnavailableError(`The event file stayed locked: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }
}

// By its code, not by `instanceof Database.SqliteError`: the native addon throws the class of the
// first copy of better-sqlite3 loaded in the process, and jest loads a copy per test file.
function isSqliteError(error: unknown): boolean {
  const { code } = (error ?? {}) as { code?: unknown };
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

function isLockedOut(error: unknown): error is { code: string; message: string } {
  const { code } = (error ?? {}) as { code?: unknown };
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
