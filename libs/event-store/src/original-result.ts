import type { NewEvent, RecordedEvent } from './event';
import { EventIdConflictError } from './errors';
import type { AppendResult } from './event-store.port';

/**
 * The result the first append of this batch answered, found in the stream's events.
 * @throws EventIdConflictError when the stream does not hold the batch's events one after the other, in order.
 */
export function originalResultOf(
  stream: string,
  stored: readonly RecordedEvent[],
  events: readonly NewEvent[],
): AppendResult {
  const start = stored.findIndex((event) => event.id === events[0]?.id);
  const batch = start < 0 ? [] : stored.slice(start, start + events.length);
  const isSameBatch = batch.length === events.length && batch.every((event, index) => event.id === events[index]!.id);
  const last = batch.at(-1);
  if (!isSameBatch || !last) {
    const storedIds = new Set(stored.map((event) => event.id));
    throw new EventIdConflictError(
      stream,
      events.filter((event) => storedIds.has(event.id)).map((event) => event.id),
    );
  }
  return { nextExpectedVersion: last.streamVersion, position: last.position };
}
