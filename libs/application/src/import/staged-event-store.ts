import {
  type AppendResult,
  assertWellFormedAppends,
  EventStore,
  type ExpectedVersion,
  expectationHolds,
  type NewEvent,
  type MultiStreamAppendResult,
  NO_STREAM,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamAppend,
  type StreamVersion,
  WrongExpectedVersionError,
} from '@outcome/event-store';

/** Streams whose stored events are kept once read: the rows of one participant usually come together. */
const REMEMBERED_STREAMS = 512;

/** The events staged on one stream, after the version the stream had in the store. */
interface StagedStream {
  readonly baseVersion: StreamVersion;
  readonly events: RecordedEvent[];
}

/**
 * An event store that reads through to the real one and keeps appends to itself, in memory: the
 * application's handlers decide every row of an import against it exactly as they would against
 * the store, and nothing reaches the store until `stagedAppends` are handed to it.
 */
export class StagedEventStore extends EventStore {
  private readonly streams = new Map<string, StagedStream>();
  private readonly order: StreamAppend[] = [];
  private readonly remembered = new Map<string, RecordedEvent[]>();
  private nextPosition: bigint;

  constructor(
    private readonly store: EventStore,
    head: bigint | null,
  ) {
    super();
    this.nextPosition = (head ?? 0n) + 1n;
  }

  /** Where the staging stands now, to roll back to should the next decisions be refused. */
  mark(): number {
    return this.order.length;
  }

  /** Forgets every append staged since the mark. */
  rollBackTo(mark: number): void {
    for (const append of this.order.splice(mark).reverse()) {
      const staged = this.streams.get(append.stream)!;
      staged.events.splice(staged.events.length - append.events.length);
      if (staged.events.length === 0) this.streams.delete(append.stream);
      this.nextPosition -= BigInt(append.events.length);
    }
  }

  /** How many events are staged. */
  get size(): number {
    let size = 0;
    for (const append of this.order) size += append.events.length;
    return size;
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    assertWellFormedAppends(appends);
    const versions = await Promise.all(appends.map((append) => this.readStreamVersion(append.stream)));
    appends.forEach((append, i) => {
      if (!expectationHolds(append.expectedVersion ?? 'any', versions[i]!))
        throw new WrongExpectedVersionError(append.stream, String(append.expectedVersion), String(versions[i]));
    });
    const results: AppendResult[] = [];
    for (const [i, append] of appends.entries()) {
      const staged = this.streams.get(append.stream) ?? { baseVersion: versions[i]!, events: [] };
      this.streams.set(append.stream, staged);
      let version = versions[i] === NO_STREAM ? -1 : (versions[i] as number);
      for (const event of append.events) {
        version++;
        staged.events.push({
          id: event.id,
          type: event.type,
          stream: append.stream,
          streamVersion: version,
          position: this.nextPosition++,
          data: event.data,
          metadata: { ...event.metadata, recordedAt: new Date().toISOString() },
        });
      }
      this.order.push({ stream: append.stream, events: append.events, expectedVersion: versions[i] });
      results.push({ nextExpectedVersion: version, position: this.nextPosition - 1n });
    }
    return { streams: results, position: this.nextPosition - 1n };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const staged = this.streams.get(stream);
    const stored = staged?.baseVersion === NO_STREAM ? [] : await this.readStored(stream, options);
    const room = (options.maxCount ?? Infinity) - stored.length;
    if (!staged || room <= 0) return stored;
    const later = staged.events.filter((event) => event.streamVersion >= (options.fromVersion ?? 0));
    return [...stored, ...later.slice(0, room)];
  }

  /**
   * A stream's stored events; whole streams are remembered for the next rows, which the import
   * decides as of the store when it began (its appends say which versions they expect, so that a
   * write by someone else in between is refused, not overwritten).
   */
  private async readStored(stream: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
    if (options.fromVersion !== undefined || options.maxCount !== undefined)
      return this.store.readStream(stream, options);
    const remembered = this.remembered.get(stream);
    if (remembered) return remembered;
    const events = await this.store.readStream(stream);
    if (this.remembered.size >= REMEMBERED_STREAMS) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(stream, events);
    return events;
  }

  async readStreamVersion(stream: string): Promise<StreamVersion> {
    const staged = this.streams.get(stream);
    if (staged && staged.events.length > 0) return staged.events[staged.events.length - 1]!.streamVersion;
    return this.store.readStreamVersion(stream);
  }

  readAll(_options: ReadAllOptions): Promise<RecordedEvent[]> {
    return Promise.reject(new Error('An import decides on streams; it never reads the whole store'));
  }

  async readHeadPosition(): Promise<bigint | null> {
    return this.nextPosition - 1n;
  }

  waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.store.waitForAppend(after, timeoutMs, signal);
  }

  async dispose(): Promise<void> {
    // The store it reads through belongs to the caller.
  }

  /**
   * The staged appends as batches for the store, each at most `eventsPerBatch` events, a stream
   * named once per batch with the version it had when its events were decided.
   */
  *stagedAppends(eventsPerBatch: number): Generator<StreamAppend[]> {
    let batch = new Map<string, { stream: string; expectedVersion?: ExpectedVersion; events: NewEvent[] }>();
    let size = 0;
    for (const append of this.order) {
      if (size + append.events.length > eventsPerBatch && size > 0) {
        yield [...batch.values()];
        batch = new Map();
        size = 0;
      }
      const entry = batch.get(append.stream);
      if (entry) entry.events.push(...append.events);
      else
        batch.set(append.stream, {
          stream: append.stream,
          expectedVersion: append.expectedVersion,
          events: [...append.events],
        });
      size += append.events.length;
    }
    if (size > 0) yield [...batch.values()];
  }
}
