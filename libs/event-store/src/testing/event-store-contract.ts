import type { EventStore } from '../event-store.port';
import { appendingAndReadingBack } from './contract/append-and-read.contract';
import { catchUpSubscriptions } from './contract/catch-up-subscription.contract';
import { concurrentWriters } from './contract/concurrent-writers.contract';
import { globalOrder } from './contract/global-order.contract';
import { idempotentAppends } from './contract/idempotent-append.contract';
import { longStreams } from './contract/long-stream.contract';
import { multiStreamAppends } from './contract/multi-stream-append.contract';
import { optimisticConcurrency } from './contract/optimistic-concurrency.contract';
import { streamVersions } from './contract/stream-versions.contract';

/** How the contract suite obtains the store under test. */
export interface EventStoreHarness {
  /** A new, empty store: called before every test. */
  create(): Promise<EventStore>;
  /** Releases what `create()` made (connections, files, databases); defaults to `store.dispose()`. */
  dispose?(store: EventStore): Promise<void>;
}

/**
 * The guarantees of the EventStore port as jest tests: every adapter, and every decorator over
 * one, runs this suite from its own spec file, after emmett's shared event-store test suite.
 *
 * @example
 * runEventStoreContract(InMemoryEventStore.name, { create: async () => new InMemoryEventStore() });
 */
export function runEventStoreContract(adapterName: string, harness: EventStoreHarness): void {
  describe(`${adapterName} honours the EventStore contract`, () => {
    let store: EventStore | undefined;
    const sut = (): EventStore => {
      if (!store) throw new Error('The store under test exists only inside a test');
      return store;
    };

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(async () => {
      if (!store) return;
      await (harness.dispose ? harness.dispose(store) : store.dispose());
      store = undefined;
    });

    appendingAndReadingBack(sut);
    streamVersions(sut);
    optimisticConcurrency(sut);
    idempotentAppends(sut);
    multiStreamAppends(sut);
    concurrentWriters(sut);
    globalOrder(sut);
    catchUpSubscriptions(sut);
    longStreams(sut);
  });
}
