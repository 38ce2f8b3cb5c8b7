import type { RegisteredProject } from '../project/project.state';
import type {
  CorrectMeasurement,
  LogContact,
  ParticipantCommand,
  RecordExit,
  RecordMeasurement,
  RetractMeasurement,
  WithdrawConsent,
} from './participant.commands';
import {
  ConsentAlreadyWithdrawnError,
  ConsentWithdrawnBeforeGivenError,
  ContactAfterExitError,
  ContactBeforeEnrolmentError,
  ExitBeforeEnrolmentError,
  ExitBeforeLastContactError,
  InstrumentNotMeasuredError,
  InvalidContactError,
  MeasurementAfterConsentWithdrawalError,
  MeasurementAfterExitError,
  MeasurementBeforeEnrolmentError,
  MeasurementNotFoundError,
  ParticipantAlreadyExitedError,
  ParticipantErasedError,
  ParticipantNotFoundError,
  WaveAlreadyRecordedError,
} from './participant.errors';
import type { ParticipantEvent } from './participant.events';
import {
  countingMeasurementAt,
  evolveParticipant,
  initialParticipantState,
  type EnrolledParticipant,
  type ParticipantState,
} from './participant.state';
import { measureResponses } from './measure-responses';

/** What a participant's decisions need to know of their project. */
export type ProjectFacts = Pick<RegisteredProject, 'projectId' | 'instruments'>;

/**
 * The decider of a participant's stream. Decisions about measurements depend on the project
 * (which instruments it measures), so the decider is made for the participant's project.
 */
export function participantDecider(project: ProjectFacts) {
  return {
    initialState: initialParticipantState,
    evolve: evolveParticipant,
    decide: (command: ParticipantCommand, state: ParticipantState): ParticipantEvent[] =>
      decideForParticipant(command, enrolledParticipant(state, command), project),
  };
}

/** The participant if the acting organisation may write to them; not-found otherwise. */
export function enrolledParticipant(state: ParticipantState, command: ParticipantCommand): EnrolledParticipant {
  if (state.status === 'unknown' || state.organisationId !== command.organisationId) throw notFound(command);
  if (state.status === 'erased') throw new ParticipantErasedError(command.participantId);
  return state;
}

/**
 * A command that names only a measurement is told that the measurement is missing, never whose it
 * is: another organisation learns no participant id from it (docs/api.md "Identity and roles").
 */
function notFound(command: ParticipantCommand): Error {
  return command.type === 'CorrectMeasurement' || command.type === 'RetractMeasurement'
    ? new MeasurementNotFoundError(command.measurementId)
    : new ParticipantNotFoundError(command.participantId);
}

function decideForParticipant(
  command: ParticipantCommand,
  participant: EnrolledParticipant,
  project: ProjectFacts,
): ParticipantEvent[] {
  switch (command.type) {
    case 'RecordMeasurement':
      return recordMeasurement(command, participant, project);
    case 'CorrectMeasurement':
      return correctMeasurement(command, participant);
    case 'RetractMeasurement':
      return retractMeasurement(command, participant);
    case 'LogContact':
      return logContact(command, participant);
    case 'RecordExit':
      return recordExit(command, participant);
    case 'WithdrawConsent':
      return withdrawConsent(command, participant);
    case 'EraseParticipant':
      return [
        {
          type: 'ParticipantErased',
          data: { participantId: participant.participantId, projectId: participant.projectId },
        },
      ];
  }
}

function recordMeasurement(
  command: RecordMeasurement,
  participant: EnrolledParticipant,
  project: ProjectFacts,
): ParticipantEvent[] {
  const scores = measureResponses(command.instrument, command.responses);
  if (!project.instruments.includes(command.instrument)) {
    throw new InstrumentNotMeasuredError(command.instrument, project.instruments);
  }
  if (command.takenOn < participant.enrolledOn) {
    throw new MeasurementBeforeEnrolmentError(command.takenOn, participant.enrolledOn);
  }
  const existing = countingMeasurementAt(participant, command.instrument, command.wave);
  if (existing) throw new WaveAlreadyRecordedError(command.instrument, command.wave, existing.measurementId);
  // docs/api.md: a participant who completed the intervention is still measured at later follow-ups.
  if (participant.exit && participant.exit.reason !== 'completed') {
    throw new MeasurementAfterExitError(participant.exit.reason, participant.exit.on);
  }
  if (participant.consentWithdrawnOn) throw new MeasurementAfterConsentWithdrawalError(participant.consentWithdrawnOn);
  return [
    {
      type: 'MeasurementRecorded',
      data: {
        participantId: participant.participantId,
        projectId: participant.projectId,
        measurementId: command.measurementId,
        instrument: command.instrument,
        wave: command.wave,
        takenOn: command.takenOn,
        responses: [...command.responses],
        scores,
      },
    },
  ];
}

/** Corrections stay possible after an exit or a withdrawal (docs/api.md). */
function correctMeasurement(command: CorrectMeasurement, participant: EnrolledParticipant): ParticipantEvent[] {
  const measurement = participant.measurements[command.measurementId];
  if (!measurement || measurement.retracted) throw new MeasurementNotFoundError(command.measurementId);
  const scores = measureResponses(measurement.instrument, command.responses);
  const takenOn = command.takenOn ?? measurement.takenOn;
  if (takenOn < participant.enrolledOn) throw new MeasurementBeforeEnrolmentError(takenOn, participant.enrolledOn);
  return [
    {
      type: 'MeasurementCorrected',
      data: {
        participantId: participant.participantId,
        projectId: participant.projectId,
        measurementId: measurement.measurementId,
        instrument: measurement.instrument,
        wave: measurement.wave,
        takenOn,
        responses: [...command.responses],
        scores,
      },
    },
  ];
}

function retractMeasurement(command: RetractMeasurement, participant: EnrolledParticipant): ParticipantEvent[] {
  const measurement = participant.measurements[command.measurementId];
  if (!measurement || measurement.retracted) throw new MeasurementNotFoundError(command.measurementId);
  return [
    {
      type: 'MeasurementRetracted',
      data: {
        participantId: participant.participantId,
        projectId: participant.projectId,
        measurementId: measurement.measurementId,
        instrument: measurement.instrument,
        wave: measurement.wave,
      },
    },
  ];
}

function logContact(command: LogContact, participant: EnrolledParticipant): ParticipantEvent[] {
  if (!Number.isInteger(command.minutes) || command.minutes <= 0) {
    throw new InvalidContactError('minutes', 'must be a whole number of minutes above 0');
  }
  if (command.on < participant.enrolledOn) throw new ContactBeforeEnrolmentError(command.on, participant.enrolledOn);
  if (participant.exit && command.on > participant.exit.on)
    throw new ContactAfterExitError(command.on, participant.exit.on);
  return [
    {
      type: 'ContactLogged',
      data: {
        participantId: participant.participantId,
        projectId: participant.projectId,
        contactId: command.contactId,
        on: command.on,
        minutes: command.minutes,
        kind: command.kind,
      },
    },
  ];
}

function recordExit(command: RecordExit, participant: EnrolledParticipant): ParticipantEvent[] {
  if (participant.exit) throw new ParticipantAlreadyExitedError(participant.exit.on);
  if (command.on < participant.enrolledOn) throw new ExitBeforeEnrolmentError(command.on, participant.enrolledOn);
  if (participant.lastContactOn && command.on < participant.lastContactOn) {
    throw new ExitBeforeLastContactError(command.on, participant.lastContactOn);
  }
  return [
    {
      type: 'ParticipantExited',
      data: {
        participantId: participant.participantId,
        projectId: participant.projectId,
        on: command.on,
        reason: command.reason,
      },
    },
  ];
}

function withdrawConsent(command: WithdrawConsent, participant: EnrolledParticipant): ParticipantEvent[] {
  if (participant.consentWithdrawnOn) throw new ConsentAlreadyWithdrawnError(participant.consentWithdrawnOn);
  if (command.on < participant.consentGivenOn) {
    throw new ConsentWithdrawnBeforeGivenError(command.on, participant.consentGivenOn);
  }
  return [
    {
      type: 'ConsentWithdrawn',
      data: { participantId: participant.participantId, projectId: participant.projectId, on: command.on },
    },
  ];
}
