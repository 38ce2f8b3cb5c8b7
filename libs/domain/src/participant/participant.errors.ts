import { DomainError, type InputProblem, InvalidInputError } from '../shared/domain-error';

/** Also answers for another organisation's participant, so that ids do not leak. */
export class ParticipantNotFoundError extends DomainError {
  readonly code = 'participant.not-found';
  readonly kind = 'not-found';
  constructor(participantId: string) {
    super(`Participant ${participantId} does not exist`);
  }
}

/** docs/api.md: any write to an erased participant answers 404. */
export class ParticipantErasedError extends DomainError {
  readonly code = 'participant.erased';
  readonly kind = 'not-found';
  constructor(participantId: string) {
    super(`Participant ${participantId} was erased: nothing more can be recorded about them`);
  }
}

export class ParticipantAlreadyEnrolledError extends DomainError {
  readonly code = 'participant.already-enrolled';
  readonly kind = 'conflict';
  constructor(participantId: string) {
    super(`Participant ${participantId} is already enrolled`);
  }
}

export class MeasurementNotFoundError extends DomainError {
  readonly code = 'measurement.not-found';
  readonly kind = 'not-found';
  constructor(measurementId: string) {
    super(`Measurement ${measurementId} does not exist or was retracted`);
  }
}

export class InstrumentNotMeasuredError extends DomainError {
  readonly code = 'measurement.instrument-not-measured';
  readonly kind = 'rule-broken';
  constructor(instrument: string, measured: readonly string[]) {
    super(`The project does not measure ${instrument}; it measures ${measured.join(', ')}`);
  }
}

export class MeasurementBeforeEnrolmentError extends DomainError {
  readonly code = 'measurement.before-enrolment';
  readonly kind = 'rule-broken';
  constructor(takenOn: string, enrolledOn: string) {
    super(`A measurement cannot be taken (${takenOn}) before the participant was enrolled (${enrolledOn})`);
  }
}

export class WaveAlreadyRecordedError extends DomainError {
  readonly code = 'measurement.wave-already-recorded';
  readonly kind = 'rule-broken';
  constructor(
    instrument: string,
    wave: number,
    readonly existingMeasurementId: string,
  ) {
    super(
      `Wave ${wave} of ${instrument} is already recorded for this participant (measurement ${existingMeasurementId}): correct that measurement instead`,
    );
  }
}

export class MeasurementAfterExitError extends DomainError {
  readonly code = 'measurement.after-exit';
  readonly kind = 'rule-broken';
  constructor(reason: string, exitedOn: string) {
    super(
      `The participant left the project on ${exitedOn} (${reason}): only participants who completed it are measured afterwards`,
    );
  }
}

export class MeasurementAfterConsentWithdrawalError extends DomainError {
  readonly code = 'measurement.after-consent-withdrawal';
  readonly kind = 'rule-broken';
  constructor(withdrawnOn: string) {
    super(`The participant withdrew consent on ${withdrawnOn}: no new measurements may be recorded`);
  }
}

export class ContactAfterExitError extends DomainError {
  readonly code = 'contact.after-exit';
  readonly kind = 'rule-broken';
  constructor(on: string, exitedOn: string) {
    super(`A contact cannot be dated ${on}, after the participant left the project on ${exitedOn}`);
  }
}

export class ContactBeforeEnrolmentError extends DomainError {
  readonly code = 'contact.before-enrolment';
  readonly kind = 'rule-broken';
  constructor(on: string, enrolledOn: string) {
    super(`A contact cannot be dated ${on}, before the participant was enrolled on ${enrolledOn}`);
  }
}

export class ParticipantAlreadyExitedError extends DomainError {
  readonly code = 'participant.already-exited';
  readonly kind = 'rule-broken';
  constructor(exitedOn: string) {
    super(`The participant already left the project on ${exitedOn}`);
  }
}

export class ExitBeforeEnrolmentError extends DomainError {
  readonly code = 'participant.exit-before-enrolment';
  readonly kind = 'rule-broken';
  constructor(on: string, enrolledOn: string) {
    super(`A participant cannot leave (${on}) before being enrolled (${enrolledOn})`);
  }
}

/** docs/api.md forbids a contact dated after exit: an exit dated before a logged contact would leave one. */
export class ExitBeforeLastContactError extends DomainError {
  readonly code = 'participant.exit-before-last-contact';
  readonly kind = 'rule-broken';
  constructor(on: string, lastContactOn: string) {
    super(
      `The exit cannot be dated ${on}: a contact is logged on ${lastContactOn}. Date the exit on or after ${lastContactOn}, or correct that contact first`,
    );
  }
}

export class ConsentAlreadyWithdrawnError extends DomainError {
  readonly code = 'participant.consent-already-withdrawn';
  readonly kind = 'rule-broken';
  constructor(withdrawnOn: string) {
    super(`The participant already withdrew consent on ${withdrawnOn}`);
  }
}

export class ConsentWithdrawnBeforeGivenError extends DomainError {
  readonly code = 'participant.consent-withdrawn-before-given';
  readonly kind = 'rule-broken';
  constructor(on: string, givenOn: string) {
    super(`Consent cannot be withdrawn (${on}) before it was given (${givenOn})`);
  }
}

/** The responses do not fit the instrument: every problem names its item (`responses[4]`). */
export class InvalidResponsesError extends InvalidInputError {
  readonly code = 'measurement.invalid-responses';
  constructor(problems: readonly InputProblem[]) {
    super(problems);
  }
}

export class UnknownInstrumentError extends InvalidInputError {
  readonly code = 'measurement.unknown-instrument';
  constructor(instrument: string) {
    super([{ path: 'instrument', message: `"${instrument}" is not a known instrument` }]);
  }
}

export class InvalidContactError extends InvalidInputError {
  readonly code = 'contact.invalid';
  constructor(path: string, reason: string) {
    super([{ path, message: reason }]);
  }
}
