import {
  jsonEvent,
  type EventData as KurrentEventData,
  type RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import type { EventData, NewEvent, RecordedEvent } from '../../event';
import { decodeMetadata, encodeMetadata } from './kurrentdb-metadata';
import { toGlobalPosition } from './kurrentdb-position';

/** A new event as the client appends it: JSON data, flat metadata, our id. */
export function toEventData(event: NewEvent): KurrentEventData {
  return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: encodeMetadata(event.metadata) });
}

/**
 * An event KurrentDB read back, as ours; `stream` is our name of the stream it sits in.
 * @throws Error for an event this store did not write, or from a server older than 22.6 (no positions).
 */
export function toRecordedEvent(event: KurrentRecordedEvent, stream: string): RecordedEvent {
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON: this store did not write it`);
  if (!event.position) throw new Error(`KurrentDB read event ${event.id} without a position: it must be 22.6 or later`);
  return {
    id: event.id,
    type: event.type,
    stream,
    streamVersion: Number(event.revision),
    position: toGlobalPosition(event.position),
    data: event.data as EventData,
    metadata: decodeMetadata(event.metadata, event.created),
  };
}
