import type { EventMetadata, NewEventMetadata } from '../../event';

/** Event metadata as KurrentDB's multi-stream append takes it: a flat map of strings. */
export type FlatMetadata = Record<string, string>;

/** Our metadata, flattened: absent optional fields are left out, numbers become strings. */
export function encodeMetadata(metadata: NewEventMetadata): FlatMetadata {
  const { recordedBy, occurredAt, correlationId, causationId, schemaVersion } = metadata;
  return {
    recordedBy,
    correlationId,
    schemaVersion: String(schemaVersion),
    ...(occurredAt === undefined ? {} : { occurredAt }),
    ...(causationId === null ? {} : { causationId }),
  };
}

/**
 * Our metadata from what KurrentDB read back (the client parses it as JSON), stamped with the
 * server's own `created` instant. Keys the server adds are ignored.
 * @throws Error when the metadata was not written by this store.
 */
export function decodeMetadata(stored: unknown, created: Date): EventMetadata {
  const field = (key: string): string | undefined => {
    const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const [recordedBy, correlationId, schemaVersion] = [
    field('recordedBy'),
    field('correlationId'),
    field('schemaVersion'),
  ];
  if (recordedBy === undefined || correlationId === undefined || !/^\d+$/.test(schemaVersion ?? '')) {
    throw new Error('Event metadata without recordedBy, correlationId and schemaVersion was not written by this store');
  }
  const occurredAt = field('occurredAt');
  return {
    recordedBy,
    recordedAt: created.toISOString(),
    ...(occurredAt === undefined ? {} : { occurredAt }),
    correlationId,
    causationId: field('causationId') ?? null,
    schemaVersion: Number(schemaVersion),
  };
}
