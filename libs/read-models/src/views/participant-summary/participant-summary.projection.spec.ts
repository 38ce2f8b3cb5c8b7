import { aloneWithKey } from '../../testing/evolve-context';
import { lastPosition, participantEvent } from '../../testing/participant-event';
import type { RecordedParticipantEvent } from '../domain-recorded-event';
import { participantSummaryProjection as sut, type ParticipantSummaryRow } from './participant-summary.projection';

const recorded = (type: string, data: Record<string, unknown>) =>
  participantEvent<RecordedParticipantEvent>(type, data);

const fold = (...events: RecordedParticipantEvent[]) =>
  events.reduce<ParticipantSummaryRow | null>(
    (row, event) => sut.evolve(row, event, aloneWithKey<ParticipantSummaryRow>({ participantId: 'p1' })),
    null,
  );

const enrolled = () =>
  recorded('ParticipantEnrolled', {
    organisationId: 'org-1',
    arm: 'comparison',
    enrolledOn: '2026-01-05',
    ageBand: '80+',
    consentGivenOn: '2026-01-05',
    reference: 'P-07',
    personal: { name: 'never in a view' },
  });

describe('participantSummaryProjection', () => {
  it('summarises enrolment, measurements that count, dose, exit and withdrawal', () => {
    const row = fold(
      enrolled(),
      recorded('MeasurementRecorded', { measurementId: 'm1', instrument: 'djg-6', wave: 0 }),
      recorded('MeasurementRecorded', { measurementId: 'm2', instrument: 'djg-6', wave: 1 }),
      recorded('MeasurementRetracted', { measurementId: 'm2', instrument: 'djg-6', wave: 1 }),
      recorded('ContactLogged', { contactId: 'c1', on: '2026-02-01', minutes: 30, kind: 'visit' }),
      recorded('ContactLogged', { contactId: 'c2', on: '2026-02-08', minutes: 45, kind: 'call' }),
      recorded('ParticipantExited', { on: '2026-06-01', reason: 'completed' }),
      recorded('ConsentWithdrawn', { on: '2026-07-01' }),
    );

    expect(row).toEqual({
      participantId: 'p1',
      projectId: 'project-1',
      organisationId: 'org-1',
      arm: 'comparison',
      ageBand: '80+',
      enrolledOn: '2026-01-05',
      exitedOn: '2026-06-01',
      exitReason: 'completed',
      consentWithdrawnOn: '2026-07-01',
      measurements: 1,
      contacts: 2,
      contactMinutes: 75,
      lastPosition: lastPosition().toString(),
    });
    expect(JSON.stringify(row)).not.toContain('never in a view');
    expect(JSON.stringify(row)).not.toContain('P-07');
  });

  it('forgets an erased participant', () => {
    expect(fold(enrolled(), recorded('ParticipantErased', {}))).toBeNull();
  });

  it('leaves out a participant whose enrolment reads as erased, as in a view rebuilt as of an earlier day', () => {
    const erasedEnrolment = { ...enrolled(), erased: true } as RecordedParticipantEvent;

    expect(fold(erasedEnrolment, recorded('ContactLogged', { minutes: 5 }))).toBeNull();
  });

  it('touches only the participant the event is about', () => {
    expect(sut.keysOf(recorded('ContactLogged', { minutes: 5 }))).toEqual([{ participantId: 'p1' }]);
  });

  it('forgets every version of an erased participant, and only on erasure', () => {
    expect(sut.forget?.(recorded('ParticipantErased', {}))).toEqual([{ participantId: 'p1' }]);
    expect(sut.forget?.(recorded('ContactLogged', { minutes: 5 }))).toEqual([]);
  });
});
