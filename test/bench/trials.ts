import type { EventStore, StreamAppend } from '@outcome/event-store';
import type { Trial } from './alternating-rounds';
import { type AppendWorkload, batchAppends } from './append-workloads';

/** Events per page of a replay, on both sides. */
export const REPLAY_PAGE_SIZE = 1000;
const SEED_BATCH_SIZE = 1000;

/** Makes the workload's appends in order, a few per step, through `append`. */
export function appendTrial(
  workload: AppendWorkload,
  append: (append: StreamAppend) => unknown,
  dispose: () => Promise<void>,
): Trial {
  let next = 0;
  return {
    step: async () => {
      let events = 0;
      for (const current of workload.appends.slice(next, next + workload.appendsPerStep)) {
        await append(current);
        events += current.events.length;
      }
      next += workload.appendsPerStep;
      return events;
    },
    dispose,
  };
}

/** Appends through the port, one call per append, awaiting each as a writer would. */
export function portAppendTrial(store: EventStore, workload: AppendWorkload): Trial {
  return appendTrial(
    workload,
    ({ stream, events, expectedVersion }) => store.appendToStream(stream, events, { expectedVersion }),
    () => store.dispose(),
  );
}

/**
 * Reads the whole store through `readAll`, page by page as `replay()` does, in a single step, so
 * that the collections its garbage causes fall within its own time.
 */
export function portReplayTrial(store: EventStore): Trial {
  let done = false;
  return {
    step: async () => {
      if (done) return 0;
      done = true;
      let events = 0;
      let after: bigint | undefined;
      for (;;) {
        const page = await store.readAll({ after, maxCount: REPLAY_PAGE_SIZE });
        events += page.length;
        if (page.length < REPLAY_PAGE_SIZE) return events;
        after = page.at(-1)!.position;
      }
    },
    dispose: () => store.dispose(),
  };
}

/** Fills a store with `eventCount` events for a replay comparison, a thousand per append. */
export async function seedThroughPort(store: EventStore, eventCount: number): Promise<void> {
  const seeding = batchAppends(Math.ceil(eventCount / SEED_BATCH_SIZE), SEED_BATCH_SIZE);
  for (const { stream, events, expectedVersion } of seeding.appends) {
    await store.appendToStream(stream, events, { expectedVersion });
  }
}
