import type { RecordedEvent } from '@outcome/event-store';
import type { StoredAnswer } from '@outcome/application';

/**
 * The answer a write gave, rebuilt from the events it appended (found by their causation id): for a
 * retry of a write that landed while its process died before keeping the answer. Undefined when
 * the events are not there, or are not a participant write's.
 */
/** The participant an enrolment that landed added to its project, found in the project's stream. */
export function enrolledByKey(projectEvents: readonly RecordedEvent[], causationId: string): string | undefined {
  const added = projectEvents.find(
    (event) => event.type === 'ParticipantAdded' && event.metadata.causationId === causationId,
  );
  return (added?.data as { participantId?: string } | undefined)?.participantId;
}

export function landedAnswerOf(
  events: readonly RecordedEvent[],
  causationId: string,
  method: string,
): StoredAnswer | undefined {
  const written = events.filter((event) => event.metadata.causationId === causationId);
  const last = written.at(-1);
  if (!last) return undefined;
  const position = last.position.toString();
  const status = method === 'DELETE' ? 200 : 201;
  const data = last.data as { measurementId?: string; contactId?: string; scores?: unknown };
  switch (last.type) {
    case 'MeasurementRecorded':
      return { status, body: { id: data.measurementId, scores: data.scores ?? {}, position } };
    case 'MeasurementCorrected':
      return { status, body: { scores: data.scores ?? {}, position } };
    case 'ContactLogged':
      return { status, body: { id: data.contactId, position } };
    case 'ParticipantEnrolled':
      return { status, body: { id: (last.data as { participantId?: string }).participantId, position } };
    case 'ParticipantExited':
    case 'ConsentWithdrawn':
    case 'MeasurementRetracted':
    case 'ParticipantErased':
      return { status, body: { position } };
    default:
      return undefined;
  }
}
