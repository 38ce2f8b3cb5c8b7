import type { NewEvent } from '../event';
import { WrongExpectedVersionError } from '../errors';
import type { EventStore } from '../event-store.port';

/** A writer that re-reads the stream's version and tries again for as long as another writer got there first. */
export async function appendRetryingOnConflict(store: EventStore, stream: string, event: NewEvent): Promise<void> {
  for (;;) {
    const expectedVersion = await store.readStreamVersion(stream);
    try {
      await store.appendToStream(stream, [event], { expectedVersion });
      return;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
  }
}
