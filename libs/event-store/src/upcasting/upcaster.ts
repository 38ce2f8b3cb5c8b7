import type { EventData } from '../event';

/**
 * Lifts the payload of one event type from one schema version to the next, on read: stored
 * events stay as they were written. Must be pure, and must accept payloads whose personal fields
 * were erased.
 */
export interface Upcaster<From extends EventData = EventData, To extends EventData = EventData> {
  readonly eventType: string;
  /** The schema version this upcaster reads; it produces `fromSchemaVersion + 1`. */
  readonly fromSchemaVersion: number;
  upcast(data: From): To;
}
