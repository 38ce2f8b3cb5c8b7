import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event';
import type { EventStore } from '../event-store.port';

/** A fresh stream name, so tests never share a stream by accident. */
export function aStreamName(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

/** A valid event with a fresh id; override any part of it. */
export function aNewEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'SomethingHappened',
    data: { note: 'something happened' },
    metadata: { recordedBy: 'token-contract', correlationId: randomUUID(), causationId: null, schemaVersion: 1 },
    ...overrides,
  };
}

/** `count` valid events, numbered in their data. */
export function someNewEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, index) => aNewEvent({ data: { index } }));
}

/** Appends `count` events to `stream` in batches of `batchSize`; answers the events in order. */
export async function appendInBatches(
  store: EventStore,
  stream: string,
  count: number,
  batchSize: number,
): Promise<NewEvent[]> {
  const events = someNewEvents(count);
  for (let start = 0; start < count; start += batchSize) {
    await store.appendToStream(stream, events.slice(start, start + batchSize));
  }
  return events;
}
