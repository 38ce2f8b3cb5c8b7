import type { RecordedEvent } from '../../event';

/** A row of the `events` table, integers read as bigint. */
export interface SqliteEventRow {
  readonly position: bigint;
  readonly id: string;
  readonly stream: string;
  readonly stream_version: bigint;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: string;
}

export const EVENT_COLUMNS = 'position, id, stream, stream_version, type, data, metadata, recorded_at';

export function toRecordedEvent(row: SqliteEventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    stream: row.stream,
    streamVersion: Number(row.stream_version),
    position: row.position,
    data: JSON.parse(row.data),
    // The column, stamped by the store, wins over anything a writer slipped into the metadata.
    metadata: { ...JSON.parse(row.metadata), recordedAt: row.recorded_at },
  };
}
