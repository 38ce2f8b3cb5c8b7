import {
  evolveParticipant,
  evolveProject,
  initialParticipantState,
  initialProjectState,
  participantStream,
  projectStream,
  type ParticipantEvent,
  type ParticipantState,
  type ProjectEvent,
  type ProjectFacts,
  type ProjectState,
} from '@outcome/domain';
import type { EventStore, RecordedEvent } from '@outcome/event-store';

export function foldParticipant(events: readonly RecordedEvent[]): ParticipantState {
  return events.reduce(
    (state, event) => evolveParticipant(state, event as unknown as ParticipantEvent),
    initialParticipantState(),
  );
}

export function foldProject(events: readonly RecordedEvent[]): ProjectState {
  return events.reduce((state, event) => evolveProject(state, event as unknown as ProjectEvent), initialProjectState());
}

export async function loadProject(store: EventStore, projectId: string): Promise<ProjectState> {
  return foldProject(await store.readStream(projectStream(projectId)));
}

/**
 * What the participant's decider needs to know of their project. A participant who does not
 * exist yet gets no facts: their decider answers not-found before it needs any.
 *
 * What a project measures is fixed by its first event, `ProjectRegistered`: reading only that one
 * keeps a participant's write from growing with the project's roster (one event per enrolment,
 * each decrypted with that participant's key).
 */
export async function loadProjectFactsOf(store: EventStore, participantId: string): Promise<ProjectFacts> {
  const participant = foldParticipant(await store.readStream(participantStream(participantId)));
  if (participant.status !== 'enrolled') return { projectId: '', instruments: [] };
  const registration = await store.readStream(projectStream(participant.projectId), { maxCount: 1 });
  const project = foldProject(registration);
  return { projectId: participant.projectId, instruments: project.status === 'registered' ? project.instruments : [] };
}
