import type { ItemResponse, Scores } from '@outcome/instruments';
import type { CalendarDate } from '../shared/calendar-date';
import type { AgeBand, Arm, ContactKind, ExitReason, Gender, RiskFactor } from '../shared/vocabulary';

/** Name and contact details: encrypted with the participant's key, never exported, erasable. */
export interface PersonalDetails {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
  readonly notes?: string;
}

/**
 * Fields marked optional here are personal (see `personalFieldsOf`): once the participant is
 * erased they can no longer be read, and the event arrives without them.
 */
export interface ParticipantEnrolled {
  readonly type: 'ParticipantEnrolled';
  readonly data: {
    readonly participantId: string;
    readonly projectId: string;
    readonly organisationId: string;
    readonly arm: Arm;
    readonly enrolledOn: CalendarDate;
    readonly ageBand: AgeBand;
    readonly consentGivenOn: CalendarDate;
    readonly reference?: string | null;
    readonly gender?: Gender | null;
    readonly riskFactors?: readonly RiskFactor[];
    readonly personal?: PersonalDetails | null;
  };
}

// A type alias, not an interface: event data must be assignable to a plain record.
type MeasurementFacts = {
  readonly participantId: string;
  readonly projectId: string;
  readonly measurementId: string;
  readonly instrument: string;
  readonly wave: number;
  readonly takenOn: CalendarDate;
  /** One answer per item in the instrument's order; personal. */
  readonly responses?: readonly ItemResponse[];
  /** Derived from the responses by the instrument's rules when recorded; personal. */
  readonly scores?: Scores;
};

export interface MeasurementRecorded {
  readonly type: 'MeasurementRecorded';
  readonly data: MeasurementFacts;
}

/** Replaces a measurement's responses (and date) from now on; the original stays in the history. */
export interface MeasurementCorrected {
  readonly type: 'MeasurementCorrected';
  readonly data: MeasurementFacts;
}

/** The measurement no longer counts. */
export interface MeasurementRetracted {
  readonly type: 'MeasurementRetracted';
  readonly data: {
    readonly participantId: string;
    readonly projectId: string;
    readonly measurementId: string;
    readonly instrument: string;
    readonly wave: number;
  };
}

/** A unit of dose. */
export interface ContactLogged {
  readonly type: 'ContactLogged';
  readonly data: {
    readonly participantId: string;
    readonly projectId: string;
    readonly contactId: string;
    readonly on: CalendarDate;
    readonly minutes: number;
    readonly kind: ContactKind;
  };
}

export interface ParticipantExited {
  readonly type: 'ParticipantExited';
  readonly data: {
    readonly participantId: string;
    readonly projectId: string;
    readonly on: CalendarDate;
    readonly reason: ExitReason;
  };
}

/** No new measurements; what was recorded stays unless erased. */
export interface ConsentWithdrawn {
  readonly type: 'ConsentWithdrawn';
  readonly data: { readonly participantId: string; readonly projectId: string; readonly on: CalendarDate };
}

/** The right to be forgotten was exercised: the participant's key is destroyed after this event. */
export interface ParticipantErased {
  readonly type: 'ParticipantErased';
  readonly data: { readonly participantId: string; readonly projectId: string };
}

export type ParticipantEvent =
  | ParticipantEnrolled
  | MeasurementRecorded
  | MeasurementCorrected
  | MeasurementRetracted
  | ContactLogged
  | ParticipantExited
  | ConsentWithdrawn
  | ParticipantErased;
