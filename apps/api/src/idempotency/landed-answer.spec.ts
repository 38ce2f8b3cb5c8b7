import type { RecordedEvent } from '@outcome/event-store';
import { enrolledByKey, landedAnswerOf } from './landed-answer';

function recorded(
  type: string,
  data: Record<string, unknown>,
  position: number,
  causationId: string | null,
): RecordedEvent {
  return {
    id: `event-${position}`,
    type,
    stream: 'participant-p1',
    streamVersion: position,
    position: BigInt(position),
    data,
    metadata: { recordedBy: 'token:t', correlationId: 'c', causationId, schemaVersion: 1 },
  } as RecordedEvent;
}

describe(landedAnswerOf.name, () => {
  const key = 'idempotency-key:abc';

  it('answers a measurement that landed as its write answered it', () => {
    const events = [
      recorded('ParticipantEnrolled', {}, 1, 'idempotency-key:other'),
      recorded('MeasurementRecorded', { measurementId: 'm1', scores: { total: 3 } }, 7, key),
    ];
    expect(landedAnswerOf(events, key, 'POST')).toEqual({
      status: 201,
      body: { id: 'm1', scores: { total: 3 }, position: '7' },
    });
  });

  it('answers a contact, an exit and an erasure that landed', () => {
    expect(landedAnswerOf([recorded('ContactLogged', { contactId: 'c1' }, 4, key)], key, 'POST')).toEqual({
      status: 201,
      body: { id: 'c1', position: '4' },
    });
    expect(landedAnswerOf([recorded('ParticipantExited', {}, 5, key)], key, 'POST')).toEqual({
      status: 201,
      body: { position: '5' },
    });
    expect(landedAnswerOf([recorded('ParticipantErased', {}, 9, key)], key, 'DELETE')).toEqual({
      status: 200,
      body: { position: '9' },
    });
  });

  it("answers an enrolment that landed with the participant's id, found through the project's stream", () => {
    const project = [
      recorded('ParticipantAdded', { participantId: 'p0' }, 2, 'idempotency-key:other'),
      recorded('ParticipantAdded', { participantId: 'p1' }, 5, key),
    ];
    expect(enrolledByKey(project, key)).toBe('p1');
    expect(landedAnswerOf([recorded('ParticipantEnrolled', { participantId: 'p1' }, 6, key)], key, 'POST')).toEqual({
      status: 201,
      body: { id: 'p1', position: '6' },
    });
  });

  it('finds nothing when no event carries the key', () => {
    expect(landedAnswerOf([recorded('ContactLogged', { contactId: 'c1' }, 4, null)], key, 'POST')).toBeUndefined();
  });
});
