import type { RecordedEvent } from '../event';
import {
  EventStore,
  type MultiStreamAppendResult,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StreamAppend,
  type SubscribeOptions,
} from '../event-store.port';
import type { StreamVersion } from '../expected-version';
import type { Upcaster } from './upcaster';
import { UpcasterChains } from './upcaster-chains';

/**
 * A decorator that returns every event it reads (readStream, readAll, replay, subscribeToAll)
 * lifted to the current schema version of its type; appends pass through unchanged. Wrap it
 * around the personal-data decorator, so upcasters see decrypted payloads. It owns the store it
 * wraps: `dispose()` disposes that store too.
 */
export class UpcastingEventStore extends EventStore {
  private readonly chains: UpcasterChains;

  constructor(
    private readonly inner: EventStore,
    upcasters: readonly Upcaster[],
  ) {
    super();
    this.chains = new UpcasterChains(upcasters);
  }

  appendToStreams(appends: readonly StreamAppend[]): Promise<MultiStreamAppendResult> {
    return this.inner.appendToStreams(appends);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(stream, options)).map((event) => this.chains.lift(event));
  }

  readStreamVersion(stream: string): Promise<StreamVersion> {
    return this.inner.readStreamVersion(stream);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.chains.lift(event));
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

  // Delegated rather than inherited, so that a wrapped store's native subscription still serves.
  override async *replay(options?: { after?: bigint; pageSize?: number }): AsyncGenerator<RecordedEvent> {
    for await (const event of this.inner.replay(options)) yield this.chains.lift(event);
  }

  override async *subscribeToAll(options?: SubscribeOptions): AsyncGenerator<RecordedEvent> {
    for await (const event of this.inner.subscribeToAll(options)) yield this.chains.lift(event);
  }
}
