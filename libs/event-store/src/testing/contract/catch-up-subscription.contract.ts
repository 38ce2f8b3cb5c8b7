import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedEvent } from '../../event';
import type { EventStore, SubscribeOptions } from '../../event-store.port';
import { RecordingSubscriber } from '../recording-subscriber';
import { aStreamName, someNewEvents } from '../test-events';
import { expectStrictlyIncreasingPositions } from './expect-strictly-increasing-positions';

const WRITERS = 8;
const APPENDS_PER_WRITER = 10;
// Far below any test timeout, far above any wake-up latency an adapter should have.
const PROMPTLY_MS = 2_000;

export function catchUpSubscriptions(sut: () => EventStore): void {
  describe('catch-up subscriptions', () => {
    const subscribers: RecordingSubscriber[] = [];
    const subscribe = (options: Omit<SubscribeOptions, 'signal'> = {}): RecordingSubscriber => {
      const subscriber = new RecordingSubscriber(sut(), options);
      subscribers.push(subscriber);
      return subscriber;
    };

    afterEach(async () => {
      await Promise.allSettled(subscribers.splice(0).map((subscriber) => subscriber.stop()));
    });

    it('delivers every event once and in order from the start while many writers append, then follows live writes', async () => {
      await sut().appendToStream(aStreamName(), someNewEvents(5));
      const subscriber = subscribe({ pageSize: 7 });

      await appendConcurrently(sut());
      await subscriber.reach((await sut().readHeadPosition())!);
      const live = await sut().appendToStream(aStreamName(), someNewEvents(2));
      await subscriber.reach(live.position);

      const delivered = await subscriber.stop();
      expect(delivered).toEqual(await readEverything(sut()));
      expectStrictlyIncreasingPositions(delivered);
    }, 30_000);

    it('delivers exactly the events after a given position while many writers append', async () => {
      await sut().appendToStream(aStreamName(), someNewEvents(4));
      await sut().appendToStream(aStreamName(), someNewEvents(6));
      const after = (await sut().readAll({ maxCount: 4 }))[3]!.position;
      const subscriber = subscribe({ after, pageSize: 4 });

      await appendConcurrently(sut());
      await subscriber.reach((await sut().readHeadPosition())!);

      const delivered = await subscriber.stop();
      expect(delivered).toEqual((await readEverything(sut())).slice(4));
    }, 30_000);

    it('ends when its signal aborts while it waits for new events', async () => {
      const { position } = await sut().appendToStream(aStreamName(), someNewEvents(1));
      const subscriber = subscribe();
      await subscriber.reach(position);

      const delivered = await subscriber.stop();
      await sut().appendToStream(aStreamName(), someNewEvents(1));

      expect(delivered.map((event) => event.position)).toEqual([position]);
    });

    it('delivers nothing when its signal has already aborted', async () => {
      await sut().appendToStream(aStreamName(), someNewEvents(3));
      const delivered: RecordedEvent[] = [];

      for await (const event of sut().subscribeToAll({ signal: AbortSignal.abort() })) delivered.push(event);

      expect(delivered).toEqual([]);
    });
  });

  describe('waiting for appends', () => {
    it('returns at once when events exist after the given position', async () => {
      await sut().appendToStream(aStreamName(), someNewEvents(1));

      expect(await settlesPromptly(sut().waitForAppend(undefined, 60_000))).toBe(true);
    });

    it('wakes up when an event is appended while it waits', async () => {
      const { position } = await sut().appendToStream(aStreamName(), someNewEvents(1));
      const waiting = sut().waitForAppend(position, 60_000);

      await sut().appendToStream(aStreamName(), someNewEvents(1));

      expect(await settlesPromptly(waiting)).toBe(true);
    });

    it('wakes up when its signal aborts', async () => {
      const { position } = await sut().appendToStream(aStreamName(), someNewEvents(1));
      const abort = new AbortController();
      const waiting = sut().waitForAppend(position, 60_000, abort.signal);

      abort.abort();

      expect(await settlesPromptly(waiting)).toBe(true);
    });

    it('gives up after its timeout when nothing is appended', async () => {
      const { position } = await sut().appendToStream(aStreamName(), someNewEvents(1));

      expect(await settlesPromptly(sut().waitForAppend(position, 20))).toBe(true);
    });
  });
}

/** Several writers at once, each on a stream of its own and all on one shared stream. */
async function appendConcurrently(store: EventStore): Promise<void> {
  const shared = aStreamName('shared');
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const own = aStreamName('writer');
      for (let append = 0; append < APPENDS_PER_WRITER; append++) {
        await store.appendToStream(append % 3 === 0 ? shared : own, someNewEvents(1 + (append % 3)));
      }
    }),
  );
}

async function readEverything(store: EventStore): Promise<RecordedEvent[]> {
  return store.readAll({ maxCount: 100_000 });
}

async function settlesPromptly(promise: Promise<unknown>): Promise<boolean> {
  const abort = new AbortController();
  const settled = promise.then(() => true);
  const outcome = await Promise.race([settled, sleep(PROMPTLY_MS, false, { signal: abort.signal })]);
  abort.abort();
  return outcome;
}
