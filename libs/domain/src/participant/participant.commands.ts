import type { ItemResponse } from '@outcome/instruments';
import type { ActingOrganisation } from '../shared/actor';
import type { CalendarDate } from '../shared/calendar-date';
import type { AgeBand, Arm, ContactKind, ExitReason, Gender, RiskFactor } from '../shared/vocabulary';
import type { PersonalDetails } from './participant.events';

interface ParticipantCommandBase extends ActingOrganisation {
  readonly participantId: string;
}

export interface EnrolParticipant extends ParticipantCommandBase {
  readonly type: 'EnrolParticipant';
  readonly projectId: string;
  readonly reference: string | null;
  readonly arm: Arm;
  readonly enrolledOn: CalendarDate;
  readonly ageBand: AgeBand;
  readonly gender: Gender | null;
  readonly riskFactors: readonly RiskFactor[];
  readonly consentGivenOn: CalendarDate;
  readonly personal: PersonalDetails | null;
}

export interface RecordMeasurement extends ParticipantCommandBase {
  readonly type: 'RecordMeasurement';
  readonly measurementId: string;
  readonly instrument: string;
  readonly wave: number;
  readonly takenOn: CalendarDate;
  readonly responses: readonly ItemResponse[];
}

export interface CorrectMeasurement extends ParticipantCommandBase {
  readonly type: 'CorrectMeasurement';
  readonly measurementId: string;
  readonly responses: readonly ItemResponse[];
  /** Keeps the recorded date when null. */
  readonly takenOn: CalendarDate | null;
}

export interface RetractMeasurement extends ParticipantCommandBase {
  readonly type: 'RetractMeasurement';
  readonly measurementId: string;
}

export interface LogContact extends ParticipantCommandBase {
  readonly type: 'LogContact';
  readonly contactId: string;
  readonly on: CalendarDate;
  readonly minutes: number;
  readonly kind: ContactKind;
}

export interface RecordExit extends ParticipantCommandBase {
  readonly type: 'RecordExit';
  readonly on: CalendarDate;
  readonly reason: ExitReason;
}

export interface WithdrawConsent extends ParticipantCommandBase {
  readonly type: 'WithdrawConsent';
  readonly on: CalendarDate;
}

export interface EraseParticipant extends ParticipantCommandBase {
  readonly type: 'EraseParticipant';
}

/** Commands decided on the participant's own stream (enrolment is decided with the project). */
export type ParticipantCommand =
  | RecordMeasurement
  | CorrectMeasurement
  | RetractMeasurement
  | LogContact
  | RecordExit
  | WithdrawConsent
  | EraseParticipant;
