import type { RecordedEvent } from '@outcome/event-store';

let position = 0n;

/** An event of participant p1 of project-1 as a projection receives it, at the next position. */
export function participantEvent<Event extends RecordedEvent>(
  type: string,
  data: Record<string, unknown>,
  erased = false,
): Event {
  position += 1n;
  const event: RecordedEvent = {
    id: `event-${position}`,
    type,
    stream: 'participant-p1',
    streamVersion: Number(position) - 1,
    position,
    data: { participantId: 'p1', projectId: 'project-1', ...data },
    metadata: {
      recordedBy: 't',
      recordedAt: '2026-11-30T10:00:00.000Z',
      correlationId: 'c',
      causationId: null,
      schemaVersion: 1,
    },
    ...(erased ? { erased: true as const } : {}),
  };
  return event as Event;
}

/** The position of the last event made. */
export function lastPosition(): bigint {
  return position;
}
