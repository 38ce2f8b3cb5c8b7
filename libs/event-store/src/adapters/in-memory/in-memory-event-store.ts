import { EventEmitter, once } from 'node:events';
import type { NewEvent, RecordedEvent } from '../../event';
import { EventIdConflictError, WrongExpectedVersionError } from '../../errors';
import {
  type StreamAppend,
  type AppendResult,
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  EventStore,
  assertWellFormedAppends,
} from '../../event-store.port';
import { ANY_VERSION, NO_STREAM, type StreamVersion, expectationHolds } from '../../expected-version';

/** A store in memory, for unit tests and as the reference behaviour of the contract suite. */
export class InMemoryEventStore extends EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly appended = new EventEmitter().setMaxListeners(0);

  constructor(private readonly now: () => Date = () => new Date()) {
    super();
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    assertWellFormedAppends(appends);
    const plans = appends.map((append) => this.plan(append));
    const recordedAt = this.recordedAtNow();
    const results: AppendResult[] = plans.map((plan) => {
      if (plan.retryOf) return plan.retryOf;
      let version = plan.version === NO_STREAM ? -1 : plan.version;
      let position = 0n;
      for (const event of plan.append.events) {
        version += 1;
        position = BigInt(this.all.length + 1);
        const recorded: RecordedEvent = {
          id: event.id,
          type: event.type,
          stream: plan.append.stream,
          streamVersion: version,
          position,
          data: asStoredJson(event.data),
          metadata: { ...asStoredJson(event.metadata), recordedAt },
        };
        this.all.push(recorded);
        this.byId.set(recorded.id, recorded);
        const stream = this.streams.get(recorded.stream) ?? [];
        stream.push(recorded);
        this.streams.set(recorded.stream, stream);
      }
      return { nextExpectedVersion: version, position };
    });
    this.appended.emit('appended');
    return { streams: results, position: results.reduce((max, r) => (r.position > max ? r.position : max), 0n) };
  }

  /** The clock's instant, but never before the last event's: a clock stepping back must not reorder time. */
  private recordedAtNow(): string {
    const now = this.now().toISOString();
    const last = this.all.at(-1)?.metadata.recordedAt;
    return last !== undefined && last > now ? last : now;
  }

  private plan(append: StreamAppend): { append: StreamAppend; version: StreamVersion; retryOf?: AppendResult } {
    const retryOf = this.findRetry(append.stream, append.events);
    const version = this.versionOf(append.stream);
    if (retryOf) return { append, version, retryOf };
    const expected = append.expectedVersion ?? ANY_VERSION;
    if (!expectationHolds(expected, version)) {
      throw new WrongExpectedVersionError(append.stream, String(expected), String(version));
    }
    return { append, version };
  }

  private findRetry(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    const stored = events.map((event) => this.byId.get(event.id));
    if (stored.every((event) => event === undefined)) return undefined;
    const isSameBatch =
      stored.every((event) => event?.stream === stream) &&
      stored.every((event, i) => i === 0 || event!.streamVersion === stored[i - 1]!.streamVersion + 1);
    if (!isSameBatch) {
      throw new EventIdConflictError(
        stream,
        stored.filter((event) => event !== undefined).map((event) => event!.id),
      );
    }
    const last = stored[stored.length - 1]!;
    return { nextExpectedVersion: last.streamVersion, position: last.position };
  }

  private versionOf(stream: string): StreamVersion {
    const events = this.streams.get(stream);
    return events?.length ? events.length - 1 : NO_STREAM;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromVersion ?? 0;
    const events = (this.streams.get(stream) ?? []).slice(from);
    return structuredClone(options.maxCount === undefined ? events : events.slice(0, options.maxCount));
  }

  async readStreamVersion(stream: string): Promise<StreamVersion> {
    return this.versionOf(stream);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const start = options.after === undefined ? 0 : Number(options.after);
    return structuredClone(this.all.slice(start, start + options.maxCount));
  }

  async readHeadPosition(): Promise<bigint | null> {
    return this.all.length ? BigInt(this.all.length) : null;
  }

  async waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (BigInt(this.all.length) > (after ?? 0n)) return;
    const timeout = AbortSignal.timeout(timeoutMs);
    const any = signal ? AbortSignal.any([signal, timeout]) : timeout;
    await once(this.appended, 'appended', { signal: any }).catch(() => undefined);
  }

  async dispose(): Promise<void> {
    this.appended.removeAllListeners();
  }
}

/** What a durable store keeps of a payload: its JSON, so dates turn into strings and undefined fields vanish. */
function asStoredJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
