import {
  evolveParticipant,
  evolveProject,
  initialParticipantState,
  initialProjectState,
  type ParticipantEvent,
  type ParticipantState,
  type ProjectEvent,
  type ProjectState,
} from '@outcome/domain';
import type { RecordedEvent } from '@outcome/event-store';

export function foldParticipant(events: readonly RecordedEvent[]): ParticipantState {
  return events.reduce(
    (state, event) => evolveParticipant(state, event as unknown as ParticipantEvent),
    initialParticipantState(),
  );
}

export function foldProject(events: readonly RecordedEvent[]): ProjectState {
  return events.reduce((state, event) => evolveProject(state, event as unknown as ProjectEvent), initialProjectState());
}
