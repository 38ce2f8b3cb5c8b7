import { deciderSpecification } from '../testing/decider-specification';
import type { ParticipantEvent } from './participant.events';
import {
  ContactAfterExitError,
  ContactBeforeEnrolmentError,
  ConsentAlreadyWithdrawnError,
  ConsentWithdrawnBeforeGivenError,
  ExitBeforeEnrolmentError,
  ExitBeforeLastContactError,
  InstrumentNotMeasuredError,
  InvalidContactError,
  InvalidResponsesError,
  MeasurementAfterConsentWithdrawalError,
  MeasurementAfterExitError,
  MeasurementBeforeEnrolmentError,
  MeasurementNotFoundError,
  ParticipantAlreadyExitedError,
  ParticipantErasedError,
  ParticipantNotFoundError,
  UnknownInstrumentError,
  WaveAlreadyRecordedError,
} from './participant.errors';
import { participantDecider } from './participant.decider';
import type { RecordMeasurement } from './participant.commands';

const organisationId = 'org-1';
const participantId = 'participant-1';
const projectId = 'project-1';
const ids = { participantId, projectId };
const spec = deciderSpecification(participantDecider({ projectId, instruments: ['djg-6', 'ucla-3'] }));

const enrolled: ParticipantEvent = {
  type: 'ParticipantEnrolled',
  data: {
    ...ids,
    organisationId,
    arm: 'intervention',
    enrolledOn: '2026-01-10',
    ageBand: '80+',
    consentGivenOn: '2026-01-10',
    reference: 'P-01',
    gender: 'female',
    riskFactors: ['living-alone'],
    personal: { name: 'Mia Peeters' },
  },
};
const lonelyAnswers = ['yes', 'more-or-less', 'no', 'no', 'more-or-less', 'yes'];
const baseline: ParticipantEvent = {
  type: 'MeasurementRecorded',
  data: {
    ...ids,
    measurementId: 'm-0',
    instrument: 'djg-6',
    wave: 0,
    takenOn: '2026-01-10',
    responses: lonelyAnswers,
    scores: { total: 4, emotional: 2, social: 2 },
  },
};

function recordMeasurement(overrides: Partial<RecordMeasurement> = {}): RecordMeasurement {
  return {
    type: 'RecordMeasurement',
    participantId,
    organisationId,
    measurementId: 'm-1',
    instrument: 'djg-6',
    wave: 1,
    takenOn: '2026-04-10',
    responses: ['no', 'no', 'no', 'yes', 'yes', 'yes'],
    ...overrides,
  };
}

function contactLogged(contactId: string, on: string): ParticipantEvent {
  return { type: 'ContactLogged', data: { ...ids, contactId, on, minutes: 45, kind: 'visit' } };
}

describe('participantDecider', () => {
  describe('RecordMeasurement', () => {
    it('records a follow-up with scores derived from the responses', () =>
      spec
        .given([enrolled, baseline])
        .when(recordMeasurement())
        .then([
          {
            type: 'MeasurementRecorded',
            data: {
              ...ids,
              measurementId: 'm-1',
              instrument: 'djg-6',
              wave: 1,
              takenOn: '2026-04-10',
              responses: ['no', 'no', 'no', 'yes', 'yes', 'yes'],
              scores: { total: 0, emotional: 0, social: 0 },
            },
          },
        ]));

    it('rejects an instrument the project does not measure', () =>
      spec
        .given([enrolled])
        .when(recordMeasurement({ instrument: 'who-5', responses: [1, 2, 3, 4, 5] }))
        .thenThrows(InstrumentNotMeasuredError, 'The project does not measure who-5; it measures djg-6, ucla-3'));

    it('rejects an instrument that does not exist', () =>
      spec
        .given([enrolled])
        .when(recordMeasurement({ instrument: 'djg-7' }))
        .thenThrows(UnknownInstrumentError));

    it('rejects responses that do not fit the instrument, naming the item', () =>
      spec
        .given([enrolled])
        .when(recordMeasurement({ responses: ['yes', 'yes', 'yes', 'yes', 'maybe', 'yes'] }))
        .thenThrows(InvalidResponsesError, 'responses[4]: "maybe" is not one of yes, more-or-less, no'));

    it('rejects a measurement dated before enrolment', () =>
      spec
        .given([enrolled])
        .when(recordMeasurement({ wave: 0, takenOn: '2026-01-09' }))
        .thenThrows(MeasurementBeforeEnrolmentError));

    it('rejects a second baseline for the same instrument', () =>
      spec
        .given([enrolled, baseline])
        .when(recordMeasurement({ wave: 0 }))
        .thenThrows(WaveAlreadyRecordedError, /correct that measurement instead/));

    it('accepts the same wave again once the earlier measurement was retracted', () =>
      spec
        .given([
          enrolled,
          baseline,
          { type: 'MeasurementRetracted', data: { ...ids, measurementId: 'm-0', instrument: 'djg-6', wave: 0 } },
        ])
        .when(recordMeasurement({ wave: 0, takenOn: '2026-01-11' }))
        .then([
          {
            type: 'MeasurementRecorded',
            data: {
              ...ids,
              measurementId: 'm-1',
              instrument: 'djg-6',
              wave: 0,
              takenOn: '2026-01-11',
              responses: ['no', 'no', 'no', 'yes', 'yes', 'yes'],
              scores: { total: 0, emotional: 0, social: 0 },
            },
          },
        ]));

    it('keeps measuring a participant who completed the intervention', () =>
      spec
        .given([enrolled, { type: 'ParticipantExited', data: { ...ids, on: '2026-03-01', reason: 'completed' } }])
        .when(recordMeasurement({ wave: 2, takenOn: '2026-09-01' }))
        .then([
          {
            type: 'MeasurementRecorded',
            data: expect.objectContaining({ wave: 2, takenOn: '2026-09-01' }) as never,
          },
        ]));

    it.each(['moved', 'died', 'declined', 'lost-to-follow-up', 'other'] as const)(
      'rejects a measurement after an exit because the participant %s',
      (reason) =>
        spec
          .given([enrolled, { type: 'ParticipantExited', data: { ...ids, on: '2026-03-01', reason } }])
          .when(recordMeasurement())
          .thenThrows(MeasurementAfterExitError),
    );

    it('rejects a measurement after consent was withdrawn', () =>
      spec
        .given([enrolled, { type: 'ConsentWithdrawn', data: { ...ids, on: '2026-02-01' } }])
        .when(recordMeasurement())
        .thenThrows(MeasurementAfterConsentWithdrawalError));

    it('answers not-found to another organisation', () =>
      spec
        .given([enrolled])
        .when(recordMeasurement({ organisationId: 'org-2' }))
        .thenThrows(ParticipantNotFoundError));

    it('answers not-found for a participant never enrolled', () =>
      spec.given([]).when(recordMeasurement()).thenThrows(ParticipantNotFoundError));

    it('refuses any write to an erased participant', () =>
      spec
        .given([enrolled, { type: 'ParticipantErased', data: ids }])
        .when(recordMeasurement())
        .thenThrows(ParticipantErasedError));
  });

  describe('CorrectMeasurement', () => {
    it('replaces the responses and rescores, keeping instrument, wave and date', () =>
      spec
        .given([enrolled, baseline])
        .when({
          type: 'CorrectMeasurement',
          participantId,
          organisationId,
          measurementId: 'm-0',
          responses: ['yes', 'yes', 'yes', 'no', 'no', 'no'],
          takenOn: null,
        })
        .then([
          {
            type: 'MeasurementCorrected',
            data: {
              ...ids,
              measurementId: 'm-0',
              instrument: 'djg-6',
              wave: 0,
              takenOn: '2026-01-10',
              responses: ['yes', 'yes', 'yes', 'no', 'no', 'no'],
              scores: { total: 6, emotional: 3, social: 3 },
            },
          },
        ]));

    it('stays possible after an exit and a withdrawal', () =>
      spec
        .given([
          enrolled,
          baseline,
          { type: 'ParticipantExited', data: { ...ids, on: '2026-03-01', reason: 'moved' } },
          { type: 'ConsentWithdrawn', data: { ...ids, on: '2026-03-02' } },
        ])
        .when({
          type: 'CorrectMeasurement',
          participantId,
          organisationId,
          measurementId: 'm-0',
          responses: lonelyAnswers,
          takenOn: '2026-01-12',
        })
        .then([
          {
            type: 'MeasurementCorrected',
            data: expect.objectContaining({ measurementId: 'm-0', takenOn: '2026-01-12' }) as never,
          },
        ]));

    it('rejects a correction of a retracted measurement', () =>
      spec
        .given([
          enrolled,
          baseline,
          { type: 'MeasurementRetracted', data: { ...ids, measurementId: 'm-0', instrument: 'djg-6', wave: 0 } },
        ])
        .when({
          type: 'CorrectMeasurement',
          participantId,
          organisationId,
          measurementId: 'm-0',
          responses: lonelyAnswers,
          takenOn: null,
        })
        .thenThrows(MeasurementNotFoundError));

    it('answers another organisation that the measurement does not exist, without naming its participant', () =>
      spec
        .given([enrolled, baseline])
        .when({
          type: 'CorrectMeasurement',
          participantId,
          organisationId: 'org-2',
          measurementId: 'm-0',
          responses: lonelyAnswers,
          takenOn: null,
        })
        .thenThrows(MeasurementNotFoundError, 'Measurement m-0 does not exist or was retracted'));
  });

  describe('RetractMeasurement', () => {
    it('retracts a measurement', () =>
      spec
        .given([enrolled, baseline])
        .when({ type: 'RetractMeasurement', participantId, organisationId, measurementId: 'm-0' })
        .then([
          { type: 'MeasurementRetracted', data: { ...ids, measurementId: 'm-0', instrument: 'djg-6', wave: 0 } },
        ]));

    it('answers not-found for an unknown measurement', () =>
      spec
        .given([enrolled])
        .when({ type: 'RetractMeasurement', participantId, organisationId, measurementId: 'm-9' })
        .thenThrows(MeasurementNotFoundError));

    it('answers another organisation that the measurement does not exist, without naming its participant', () =>
      spec
        .given([enrolled, baseline])
        .when({ type: 'RetractMeasurement', participantId, organisationId: 'org-2', measurementId: 'm-0' })
        .thenThrows(MeasurementNotFoundError, 'Measurement m-0 does not exist or was retracted'));
  });

  describe('LogContact', () => {
    const logContact = (on: string) =>
      ({
        type: 'LogContact',
        participantId,
        organisationId,
        contactId: 'c-1',
        on,
        minutes: 45,
        kind: 'visit',
      }) as const;

    it('logs a contact', () =>
      spec
        .given([enrolled])
        .when(logContact('2026-02-01'))
        .then([
          { type: 'ContactLogged', data: { ...ids, contactId: 'c-1', on: '2026-02-01', minutes: 45, kind: 'visit' } },
        ]));

    it('rejects a contact dated after exit', () =>
      spec
        .given([enrolled, { type: 'ParticipantExited', data: { ...ids, on: '2026-03-01', reason: 'completed' } }])
        .when(logContact('2026-03-02'))
        .thenThrows(ContactAfterExitError));

    it('accepts a contact on the day of exit', () =>
      spec
        .given([enrolled, { type: 'ParticipantExited', data: { ...ids, on: '2026-03-01', reason: 'completed' } }])
        .when(logContact('2026-03-01'))
        .then([
          { type: 'ContactLogged', data: { ...ids, contactId: 'c-1', on: '2026-03-01', minutes: 45, kind: 'visit' } },
        ]));

    it('rejects a contact dated before enrolment', () =>
      spec.given([enrolled]).when(logContact('2026-01-01')).thenThrows(ContactBeforeEnrolmentError));

    it.each([0, -15, 12.5])('rejects a contact of %s minutes, naming the field', (minutes) =>
      spec
        .given([enrolled])
        .when({ ...logContact('2026-02-01'), minutes })
        .thenThrows(InvalidContactError, 'minutes: must be a whole number of minutes above 0'),
    );
  });

  describe('RecordExit', () => {
    const recordExit = (on: string) =>
      ({ type: 'RecordExit', participantId, organisationId, on, reason: 'completed' }) as const;

    it('records an exit on the day of the last contact', () =>
      spec
        .given([enrolled, contactLogged('c-1', '2026-05-01'), contactLogged('c-2', '2026-02-01')])
        .when(recordExit('2026-05-01'))
        .then([{ type: 'ParticipantExited', data: { ...ids, on: '2026-05-01', reason: 'completed' } }]));

    it('rejects an exit dated before enrolment', () =>
      spec
        .given([enrolled])
        .when(recordExit('2026-01-09'))
        .thenThrows(
          ExitBeforeEnrolmentError,
          'A participant cannot leave (2026-01-09) before being enrolled (2026-01-10)',
        ));

    it('rejects an exit dated before the latest contact, whatever order the contacts were logged in', () =>
      spec
        .given([enrolled, contactLogged('c-1', '2026-05-01'), contactLogged('c-2', '2026-02-01')])
        .when(recordExit('2026-03-01'))
        .thenThrows(
          ExitBeforeLastContactError,
          'The exit cannot be dated 2026-03-01: a contact is logged on 2026-05-01. Date the exit on or after 2026-05-01, or correct that contact first',
        ));

    it('records an exit once', () =>
      spec
        .given([enrolled, { type: 'ParticipantExited', data: { ...ids, on: '2026-03-01', reason: 'completed' } }])
        .when({ type: 'RecordExit', participantId, organisationId, on: '2026-04-01', reason: 'moved' })
        .thenThrows(ParticipantAlreadyExitedError));
  });

  describe('WithdrawConsent', () => {
    it('records a withdrawal once', () =>
      spec
        .given([enrolled, { type: 'ConsentWithdrawn', data: { ...ids, on: '2026-02-01' } }])
        .when({ type: 'WithdrawConsent', participantId, organisationId, on: '2026-02-02' })
        .thenThrows(ConsentAlreadyWithdrawnError));

    it('rejects a withdrawal dated before consent was given', () =>
      spec
        .given([enrolled])
        .when({ type: 'WithdrawConsent', participantId, organisationId, on: '2026-01-09' })
        .thenThrows(
          ConsentWithdrawnBeforeGivenError,
          'Consent cannot be withdrawn (2026-01-09) before it was given (2026-01-10)',
        ));
  });

  describe('EraseParticipant', () => {
    it('erases a participant', () =>
      spec
        .given([enrolled, baseline])
        .when({ type: 'EraseParticipant', participantId, organisationId })
        .then([{ type: 'ParticipantErased', data: ids }]));

    it('answers not-found to a second erasure', () =>
      spec
        .given([enrolled, { type: 'ParticipantErased', data: ids }])
        .when({ type: 'EraseParticipant', participantId, organisationId })
        .thenThrows(ParticipantErasedError));
  });
});
