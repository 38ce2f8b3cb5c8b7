import type { EventStore } from '@outcome/event-store';
import type { AppendWorkload } from './append-workloads';
import type { Trial } from './alternating-rounds';

/** Appends the workload through the port, one call per append, awaiting each as a writer would. */
export async function appendThroughPort(store: EventStore, workload: AppendWorkload): Promise<void> {
  for (const { stream, events, expectedVersion } of workload.appends) {
    await store.appendToStream(stream, events, { expectedVersion });
  }
}

export function portAppendTrial(store: EventStore, workload: AppendWorkload): Trial {
  return {
    run: async () => {
      await appendThroughPort(store, workload);
      return workload.eventCount;
    },
    dispose: () => store.dispose(),
  };
}

/** Reads the whole store through `replay()`, in the pages a projection rebuild would use. */
export function portReplayTrial(store: EventStore): Trial {
  return {
    run: async () => {
      let events = 0;
      for await (const _event of store.replay()) events++;
      return events;
    },
    dispose: () => store.dispose(),
  };
}
