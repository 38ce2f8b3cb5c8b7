import { participantStream, projectStream } from '@outcome/domain';
import type { EventStore, RecordedEvent } from '@outcome/event-store';
import { foldProject } from '../write/participant-streams';

/** Events that change what was recorded before them: a figure published earlier may no longer be given by the events. */
export const LATER_CHANGE_TYPES = ['MeasurementCorrected', 'MeasurementRetracted', 'ParticipantErased'] as const;

/** An event of the project recorded after a published figure. */
export interface LaterEvent {
  readonly type: string;
  readonly position: string;
  readonly participantId: string | null;
}

/** One that changes what was recorded before it. */
export interface LaterChange extends LaterEvent {
  readonly type: (typeof LATER_CHANGE_TYPES)[number];
}

export function isLaterChange(event: LaterEvent): event is LaterChange {
  return (LATER_CHANGE_TYPES as readonly string[]).includes(event.type);
}

/** The streams of a project: its own and its participants'. */
export async function projectStreams(store: EventStore, projectId: string): Promise<ReadonlySet<string>> {
  const project = foldProject(await store.readStream(projectStream(projectId)));
  const participants = project.status === 'registered' ? project.roster : [];
  return new Set([projectStream(projectId), ...participants.map((entry) => participantStream(entry.participantId))]);
}

/** The events of the project's streams recorded after the position, in order. */
export async function laterEvents(
  store: EventStore,
  streams: ReadonlySet<string>,
  after: bigint | null,
): Promise<LaterEvent[]> {
  const later: LaterEvent[] = [];
  for await (const event of store.replay({ after: after ?? undefined })) {
    if (streams.has(event.stream))
      later.push({ type: event.type, position: event.position.toString(), participantId: participantOf(event) });
  }
  return later;
}

function participantOf(event: RecordedEvent): string | null {
  const participantId = event.data['participantId'];
  return typeof participantId === 'string' ? participantId : null;
}
