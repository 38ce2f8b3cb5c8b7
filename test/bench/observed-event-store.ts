import {
  EventStore,
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamAppend,
  type StreamVersion,
} from '@outcome/event-store';

/**
 * Hands every call to the store it wraps, and calls `onReadAll` before each page read. The
 * projection runner's work is a chain of promises that better-sqlite3 resolves at once, so timers
 * do not fire while it catches up: the benchmark samples memory and progress from here instead,
 * once per batch a worker reads.
 */
export class ObservedEventStore extends EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly onReadAll: () => void,
  ) {
    super();
  }

  appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    return this.inner.appendToStreams(appends);
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(stream, options);
  }

  readStreamVersion(stream: string): Promise<StreamVersion> {
    return this.inner.readStreamVersion(stream);
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.onReadAll();
    return this.inner.readAll(options);
  }

  readHeadPosition(): Promise<bigint | null> {
    return this.inner.readHeadPosition();
  }

  override readPositionRecordedBy(instant: Date): Promise<bigint | null> {
    return this.inner.readPositionRecordedBy(instant);
  }

  waitForAppend(after: bigint | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.inner.waitForAppend(after, timeoutMs, signal);
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}
