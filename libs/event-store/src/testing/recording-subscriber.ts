import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedEvent } from '../event';
import type { EventStore, SubscribeOptions } from '../event-store.port';

const POLL_MS = 5;

/** Consumes `subscribeToAll` in the background and records what it delivers. */
export class RecordingSubscriber {
  readonly delivered: RecordedEvent[] = [];
  private readonly abort = new AbortController();
  private readonly consuming: Promise<void>;
  private failure: unknown;

  constructor(store: EventStore, options: Omit<SubscribeOptions, 'signal'> = {}) {
    this.consuming = this.consume(store.subscribeToAll({ ...options, signal: this.abort.signal })).catch((error) => {
      this.failure = error;
    });
  }

  /** Resolves once the event at `position` (or a later one) was delivered. */
  async reach(position: bigint, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.delivered.at(-1)?.position ?? -1n) < position) {
      if (this.failure) throw this.failure;
      if (Date.now() > deadline)
        throw new Error(`The subscriber did not reach position ${position} in ${timeoutMs} ms`);
      await sleep(POLL_MS);
    }
  }

  /** Aborts the subscription and resolves, with everything delivered, once it has ended. */
  async stop(): Promise<RecordedEvent[]> {
    this.abort.abort();
    await this.consuming;
    if (this.failure) throw this.failure;
    return this.delivered;
  }

  private async consume(subscription: AsyncIterable<RecordedEvent>): Promise<void> {
    for await (const event of subscription) this.delivered.push(event);
  }
}
