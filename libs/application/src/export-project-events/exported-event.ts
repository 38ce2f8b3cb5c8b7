import { PERSONAL_DETAIL_FIELDS } from '@outcome/domain';
import type { EventData, EventMetadata, RecordedEvent } from '@outcome/event-store';

/** One line of the NDJSON export (docs/api.md "Reads"). */
export interface ExportedEvent {
  readonly position: string;
  readonly stream: string;
  readonly type: string;
  readonly version: number;
  readonly recordedAt: string;
  readonly data: EventData;
  readonly metadata: EventMetadata;
}

/**
 * The event as it may leave the platform: personal details never, the organisation's own
 * reference only to the organisation, and erased payloads marked `"erased": true`.
 */
export function exportedEvent(event: RecordedEvent, options: { withReferences: boolean }): ExportedEvent {
  const hidden = new Set([...PERSONAL_DETAIL_FIELDS, ...(options.withReferences ? [] : ['reference'])]);
  const data = Object.fromEntries(Object.entries(event.data).filter(([field]) => !hidden.has(field)));
  return {
    position: event.position.toString(),
    stream: event.stream,
    type: event.type,
    version: event.streamVersion,
    recordedAt: event.metadata.recordedAt,
    data: event.erased ? { ...data, erased: true } : data,
    metadata: event.metadata,
  };
}
