import { randomUUID } from 'node:crypto';
import type { HandleCommandOptions, NewEventMetadata } from '@outcome/event-store';
import { actorOf, type Principal } from '../identity/principal';

/** Who writes, and which request the write belongs to (for correlation in logs and events). */
export interface WriteContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly causationId?: string;
  /** `recordedBy` when someone other than the principal's token answered (`questionnaire-link:<id>`). */
  readonly recordedBy?: string;
}

/** Every event schema is at version 1 so far; upcasters lift older payloads when one changes. */
const SCHEMA_VERSION = 1;

/** How many times a command is decided again when another writer changed the stream first. */
const RETRIES_ON_CONFLICT = 5;

export function metadataFor(context: WriteContext, occurredAt?: string): NewEventMetadata {
  return {
    recordedBy: context.recordedBy ?? actorOf(context.principal),
    correlationId: context.correlationId,
    causationId: context.causationId ?? null,
    schemaVersion: SCHEMA_VERSION,
    ...(occurredAt ? { occurredAt } : {}),
  };
}

export function writeOptions(context: WriteContext, occurredAt?: string): HandleCommandOptions {
  return { metadata: metadataFor(context, occurredAt), newEventId: randomUUID, retriesOnConflict: RETRIES_ON_CONFLICT };
}

/** What every write answers: the global position of its last event, as a string (docs/api.md "Writes"). */
export interface Written {
  readonly position: string;
}

export function positionOf(position: bigint | null): string {
  if (position === null) throw new Error('A write that appended nothing has no position');
  return position.toString();
}
