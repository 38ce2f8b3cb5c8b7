import { EventIdConflictError } from './errors';
import type { NewEvent, RecordedEvent } from './event';
import type { ExpectedVersion, StreamVersion } from './expected-version';

export interface StreamAppend {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  /** Defaults to ANY_VERSION. */
  readonly expectedVersion?: ExpectedVersion;
}

/**
 * Rejects what no adapter may store: an append without events, a stream named twice (its
 * versions would clash), an event id given twice (neither new nor a clean retry). Adapters call
 * it before touching storage.
 */
export function assertWellFormedAppends(appends: readonly StreamAppend[]): void {
  const streams = new Set<string>();
  const eventIds = new Set<string>();
  for (const { stream, events } of appends) {
    if (events.length === 0) throw new Error(`No events to append to ${stream}`);
    if (streams.has(stream)) throw new Error(`Stream ${stream} is named twice in one append`);
    streams.add(stream);
    for (const { id } of events) {
      if (eventIds.has(id)) throw new EventIdConflictError(stream, [id]);
      eventIds.add(id);
    }
  }
}

export interface AppendResult {
  /** Version of the stream's last event after the append: pass it as the next expectedVersion. */
  readonly nextExpectedVersion: number;
  /** Global position of the last event written (or of the stored one, for an idempotent retry). */
  readonly position: bigint;
}

export interface MultiStreamAppendResult {
  /** One result per append, in the order given. */
  readonly streams: readonly AppendResult[];
  /** Global position of the last event written. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** First stream version to return (inclusive); default 0. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Return events after this global position (exclusive); default from the start. */
  readonly after?: bigint;
  /** Page size. */
  readonly maxCount: number;
}

export interface SubscribeOptions {
  /** Deliver events after this position (exclusive); default from the start. */
  readonly after?: bigint;
  /** Ends the subscription: the iterator returns. */
  readonly signal?: AbortSignal;
  /** Events fetched per read while catching up; default 500. */
  readonly pageSize?: number;
}

/**
 * The event store port. Adapters (in-memory, SQLite, PostgreSQL, KurrentDB) extend this class,
 * which doubles as the dependency-injection token, and all pass the contract suite of
 * `@outcome/event-store/testing`.
 *
 * What a failed append means for the writer:
 * - EventStoreUnavailableError: the store was not reached, nothing was stored; retry freely;
 * - AppendOutcomeUnknownError: the append was sent but its answer was lost, so it may have been
 *   stored; retry only with the same event ids, which the store then recognises as a retry
 *   (answering the original result) if the first attempt landed;
 * - WrongExpectedVersionError, EventIdConflictError: refused, nothing was stored.
 *
 * Guarantees every adapter gives:
 * - an append is atomic: all of its events are stored, or none;
 * - appending event ids that are already stored, as the same batch on the same stream, is a
 *   no-op answering the original result;
 * - a version clash raises WrongExpectedVersionError and stores nothing;
 * - global positions increase strictly in commit order, so a reader that has seen position P
 *   will never later see an event at a position at or below P (no skips, no repeats);
 * - `recordedAt` never decreases along positions, so that "recorded by instant T" is a prefix of
 *   the store (as-of views rely on it). The in-memory, SQLite and PostgreSQL stores clamp a clock
 *   that steps back to the newest event's instant; KurrentDB stamps events with the server's
 *   `created`, which the cluster keeps in order in practice but this store cannot enforce;
 * - a write is readable by the writer as soon as the append resolves.
 */
export abstract class EventStore {
  /**
   * Appends events to one stream.
   * @throws EventStoreUnavailableError, AppendOutcomeUnknownError, WrongExpectedVersionError,
   * EventIdConflictError: see the class.
   */
  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedVersion?: ExpectedVersion } = {},
  ): Promise<AppendResult> {
    const result = await this.appendToStreams([{ stream, events, expectedVersion: options.expectedVersion }]);
    return result.streams[0]!;
  }

  /**
   * Appends to several streams atomically: every expectation holds and all events are stored, or nothing is.
   * @throws EventStoreUnavailableError, AppendOutcomeUnknownError, WrongExpectedVersionError,
   * EventIdConflictError: see the class.
   */
  abstract appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult>;

  /** Events of one stream in version order; an empty array when the stream does not exist. */
  abstract readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** The current version of a stream, or NO_STREAM. */
  abstract readStreamVersion(stream: string): Promise<StreamVersion>;

  /** One page of all events in global order. */
  abstract readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;

  /** Position of the last stored event, or null for an empty store. */
  abstract readHeadPosition(): Promise<bigint | null>;

  /**
   * Resolves when an event may have been appended after `after`, when `timeoutMs` passes, or when
   * the signal aborts, whichever comes first. Spurious wake-ups are allowed: callers re-read.
   * Decorators delegate it to the store they wrap.
   */
  abstract waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void>;

  /** Releases connections and timers. */
  abstract dispose(): Promise<void>;

  /**
   * Position of the last event recorded at or before `instant`, or null when none was: the prefix
   * of the store that an as-of view includes. A binary search over positions, which relies on
   * `recordedAt` never decreasing along them; decorators hand it to the store they wrap, and
   * adapters with an index on the instant may answer it in one query.
   */
  async readPositionRecordedBy(instant: Date): Promise<bigint | null> {
    const recordedBy = (event: RecordedEvent | undefined) =>
      event !== undefined && Date.parse(event.metadata.recordedAt) <= instant.getTime();
    const [first] = await this.readAll({ maxCount: 1 });
    const head = await this.readHeadPosition();
    if (!recordedBy(first) || head === null) return null;
    // Invariant: `found` was recorded by the instant; no event after `beyond` was.
    let found = first!.position;
    let beyond = head;
    while (found < beyond) {
      const middle = (found + beyond) / 2n;
      const [next] = await this.readAll({ after: middle, maxCount: 1 });
      if (next !== undefined && next.position <= beyond && recordedBy(next)) found = next.position;
      else beyond = middle;
    }
    return found;
  }

  /** Every event after `after`, page by page, until the end of the store as it is now. */
  async *replay(options: { after?: bigint; pageSize?: number } = {}): AsyncGenerator<RecordedEvent> {
    const pageSize = options.pageSize ?? 1000;
    let after = options.after;
    for (;;) {
      const page = await this.readAll({ after, maxCount: pageSize });
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.position;
    }
  }

  /**
   * Catches up from `after`, then follows live appends, never skipping or repeating an event.
   * Adapters with a native subscription may override it.
   */
  async *subscribeToAll(options: SubscribeOptions = {}): AsyncGenerator<RecordedEvent> {
    const pageSize = options.pageSize ?? 500;
    let after = options.after;
    while (!options.signal?.aborted) {
      const page = await this.readAll({ after, maxCount: pageSize });
      for (const event of page) {
        if (options.signal?.aborted) return;
        yield event;
        after = event.position;
      }
      if (page.length < pageSize) await this.waitForAppend(after, 1000, options.signal);
    }
  }
}
