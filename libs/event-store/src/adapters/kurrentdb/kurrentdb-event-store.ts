import { once } from 'node:events';
import {
  BACKWARDS,
  END,
  KurrentDBClient,
  NO_STREAM as KURRENT_NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
  type AppendStreamRequest,
  type ReadAllOptions as KurrentReadAllOptions,
  type ReadStreamOptions as KurrentReadStreamOptions,
  type RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../event';
import { AppendOutcomeUnknownError, EventStoreUnavailableError } from '../../errors';
import {
  type AppendResult,
  EventStore,
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamAppend,
  type SubscribeOptions,
  assertWellFormedAppends,
} from '../../event-store.port';
import { ANY_VERSION, NO_STREAM, type StreamVersion } from '../../expected-version';
import { originalResultOf } from '../../original-result';
import { claimFor, claimedStream } from './event-id-claim';
import { isClaimedByStream } from './idempotent-retry';
import { toAppendError, toEventStoreError, toWrongExpectedVersionError } from './kurrentdb-errors';
import { toEventData, toRecordedEvent } from './kurrentdb-events';
import { toKurrentPosition } from './kurrentdb-position';
import { toStreamState } from './kurrentdb-stream-state';
import { KurrentDbStreamNames } from './kurrentdb-stream-names';
import { withTimeout } from './with-timeout';

const DEFAULT_OPERATION_TIMEOUT_MS = 5_000;

/** Where KurrentDB is, how long to wait for it, and which part of its database is this store's. */
export interface KurrentDbEventStoreOptions {
  /** A `kurrentdb://` connection string (`esdb://` still works, but the client logs a deprecation). */
  readonly connectionString: string;
  /** How long one call to KurrentDB may take before it fails (see the class); default 5000. */
  readonly operationTimeoutMs?: number;
  /** Prefix of this store's streams, so that several stores can share one database; default none. */
  readonly namespace?: string;
}

/**
 * The event store on a KurrentDB (formerly EventStoreDB) cluster, for the clustered deployment.
 * Needs KurrentDB 25.1 or later: every append is a multi-stream append.
 *
 * KurrentDB keeps no index of event ids, so this store keeps one: in the same atomic append, each
 * event claims a stream named after its id. Appending a stored id again clashes on that claim,
 * and the claims tell a retry of the same batch (answered with the original result) from a
 * conflict (EventIdConflictError).
 *
 * Every call is bounded by `operationTimeoutMs`, because the client's own deadline does not cover
 * connecting. An outage or a timeout fails with EventStoreUnavailableError, except for an append
 * that may have landed: one that timed out or lost its connection once sent fails with
 * AppendOutcomeUnknownError, and retrying it with the same event ids is safe.
 */
export class KurrentDbEventStore extends EventStore {
  private constructor(
    private readonly client: KurrentDBClient,
    private readonly names: KurrentDbStreamNames,
    private readonly operationTimeoutMs: number,
  ) {
    super();
  }

  /** A store over the database the connection string names; the first call opens the connection. */
  static async connect(options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
    return new KurrentDbEventStore(
      KurrentDBClient.connectionString(options.connectionString),
      new KurrentDbStreamNames(options.namespace ?? ''),
      options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS,
    );
  }

  /**
   * Appends atomically, with a claim for every event id.
   * @throws WrongExpectedVersionError when an expectation fails, EventIdConflictError when an id is
   * stored already but not as this batch on this stream, EventStoreUnavailableError when KurrentDB
   * refused the append unsent, AppendOutcomeUnknownError when its answer was lost.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    assertWellFormedAppends(appends);
    const retried = new Map<StreamAppend, AppendResult>();
    for (;;) {
      const pending = appends.filter((append) => !retried.has(append));
      try {
        const written = pending.length > 0 ? await this.write(pending) : new Map<StreamAppend, AppendResult>();
        const results = appends.map((append) => retried.get(append) ?? written.get(append)!);
        return {
          streams: results,
          position: results.reduce((max, { position }) => (position > max ? position : max), 0n),
        };
      } catch (error) {
        if (!(error instanceof KurrentWrongExpectedVersionError)) throw error;
        const found = await this.findStoredBatches(pending);
        if (found.size === 0) throw this.toWrongExpectedVersion(error, pending);
        for (const [append, original] of found) retried.set(append, original);
      }
    }
  }

  private async write(appends: readonly StreamAppend[]): Promise<Map<StreamAppend, AppendResult>> {
    const requests: AppendStreamRequest[] = [
      ...appends.map((append) => ({
        streamName: this.names.stored(append.stream),
        events: append.events.map(toEventData),
        expectedState: toStreamState(append.expectedVersion ?? ANY_VERSION),
      })),
      ...appends.flatMap(({ stream, events }) =>
        events.map((event): AppendStreamRequest => ({
          streamName: this.names.claim(event.id),
          events: [claimFor(stream)],
          expectedState: KURRENT_NO_STREAM,
        })),
      ),
    ];
    const { responses } = await this.call('append', () => this.client.multiStreamAppend(requests)).catch(
      (error: unknown) => Promise.reject(toAppendError(error)),
    );
    const revisions = new Map(responses.map((response) => [response.streamName, response.revision]));
    try {
      return await this.readBackResults(appends, revisions);
    } catch (error) {
      if (!(error instanceof EventStoreUnavailableError)) throw error;
      throw new AppendOutcomeUnknownError('KurrentDB stored the append, but its result could not be read back', {
        cause: error,
      });
    }
  }

  /** The append answers one position for the whole session: each stream's last event says its own. */
  private async readBackResults(
    appends: readonly StreamAppend[],
    revisions: ReadonlyMap<string, bigint>,
  ): Promise<Map<StreamAppend, AppendResult>> {
    const lastEvents = await Promise.all(
      appends.map(async (append) => {
        const revision = revisions.get(this.names.stored(append.stream));
        if (revision === undefined) throw new Error(`KurrentDB did not answer for ${append.stream}`);
        const [last] = await this.readStream(append.stream, { fromVersion: Number(revision), maxCount: 1 });
        if (!last) throw new Error(`KurrentDB did not read back what it appended to ${append.stream}`);
        return [append, { nextExpectedVersion: last.streamVersion, position: last.position }] as const;
      }),
    );
    return new Map(lastEvents);
  }

  /** The appends whose batch is stored already, with their original results; none when all are new. */
  private async findStoredBatches(appends: readonly StreamAppend[]): Promise<Map<StreamAppend, AppendResult>> {
    const found = new Map<StreamAppend, AppendResult>();
    for (const append of appends) {
      const claimedBy = await Promise.all(append.events.map((event) => this.readClaim(event.id)));
      if (!isClaimedByStream(append.stream, append.events, claimedBy)) continue;
      found.set(append, originalResultOf(append.stream, await this.readStream(append.stream), append.events));
    }
    return found;
  }

  private async readClaim(eventId: string): Promise<string | undefined> {
    const [claim] = await this.readStored(this.names.claim(eventId), { maxCount: 1 });
    return claim && claimedStream(claim);
  }

  private toWrongExpectedVersion(error: KurrentWrongExpectedVersionError, appends: readonly StreamAppend[]): Error {
    const clashed = appends.find((append) => this.names.stored(append.stream) === error.streamName);
    if (!clashed) return error;
    return toWrongExpectedVersionError(error, clashed.stream, clashed.expectedVersion ?? ANY_VERSION);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const events = await this.readStored(this.names.stored(stream), {
      fromRevision: BigInt(options.fromVersion ?? 0),
      maxCount: options.maxCount,
    });
    return events.map((event) => toRecordedEvent(event, stream));
  }

  async readStreamVersion(stream: string): Promise<StreamVersion> {
    const [last] = await this.readStored(this.names.stored(stream), {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    return last ? Number(last.revision) : NO_STREAM;
  }

  async readAll({ after, maxCount }: ReadAllOptions): Promise<RecordedEvent[]> {
    if (maxCount === 0) return [];
    if (after === undefined) return this.readOwnEvents({ fromPosition: START, maxCount });
    // KurrentDB reads from a position inclusively, ours is exclusive
    const page = await this.readOwnEvents({ fromPosition: toKurrentPosition(after), maxCount: maxCount + 1 });
    return page.filter((event) => event.position > after).slice(0, maxCount);
  }

  async readHeadPosition(): Promise<bigint | null> {
    const [last] = await this.readOwnEvents({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    return last?.position ?? null;
  }

  /** Follows `$all` with KurrentDB's own catch-up subscription; `pageSize` does not apply. */
  override async *subscribeToAll(options: SubscribeOptions = {}): AsyncGenerator<RecordedEvent> {
    const { after, signal } = options;
    if (signal?.aborted) return;
    const subscription = this.client.subscribeToAll({
      fromPosition: after === undefined ? START : toKurrentPosition(after),
      filter: this.names.ownEvents(),
    });
    // Errors reach the loop below; this keeps one arriving after the loop has ended from crashing the process
    subscription.on('error', () => undefined);
    const end = (): void => {
      subscription.unsubscribe().catch(() => undefined);
      subscription.destroy();
    };
    signal?.addEventListener('abort', end, { once: true });
    try {
      await this.call('subscribe to $all', () => once(subscription, 'confirmation', { signal }));
      for await (const { event } of subscription) {
        if (!event) continue;
        const recorded = toRecordedEvent(event, this.names.original(event.streamId));
        // A subscription from a position may begin with the event at that position
        if (after === undefined || recorded.position > after) yield recorded;
      }
    } catch (error) {
      if (signal?.aborted) return;
      throw toEventStoreError(error, 'follow $all');
    } finally {
      signal?.removeEventListener('abort', end);
      end();
    }
  }

  async waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const stop = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      for await (const _ of this.subscribeToAll({ after, signal: stop })) return;
    } catch {
      // A spurious wake-up is allowed: the caller reads next, and meets the failure there
    }
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }

  private readStored(storedStream: string, options: KurrentReadStreamOptions): Promise<KurrentRecordedEvent[]> {
    return this.call(`read ${storedStream}`, async () => {
      const events: KurrentRecordedEvent[] = [];
      try {
        for await (const { event } of this.client.readStream(storedStream, options)) if (event) events.push(event);
      } catch (error) {
        if (error instanceof StreamNotFoundError) return [];
        throw error;
      }
      return events;
    });
  }

  private readOwnEvents(options: KurrentReadAllOptions): Promise<RecordedEvent[]> {
    return this.call('read $all', async () => {
      const events: RecordedEvent[] = [];
      for await (const { event } of this.client.readAll({ ...options, filter: this.names.ownEvents() })) {
        if (event) events.push(toRecordedEvent(event, this.names.original(event.streamId)));
      }
      return events;
    });
  }

  /** Runs one call to KurrentDB within the operation timeout, an outage becoming EventStoreUnavailableError. */
  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    const timedOut = () =>
      new EventStoreUnavailableError(`KurrentDB did not ${operation} within ${this.operationTimeoutMs} ms`);
    try {
      return await withTimeout(run(), this.operationTimeoutMs, timedOut);
    } catch (error) {
      throw toEventStoreError(error, operation);
    }
  }
}
