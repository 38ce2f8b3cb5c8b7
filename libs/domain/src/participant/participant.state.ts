import type { CalendarDate } from '../shared/calendar-date';
import type { Arm, ExitReason } from '../shared/vocabulary';
import type { ParticipantEvent } from './participant.events';

export interface MeasurementOnRecord {
  readonly measurementId: string;
  readonly instrument: string;
  readonly wave: number;
  readonly takenOn: CalendarDate;
  readonly retracted: boolean;
}

export interface EnrolledParticipant {
  readonly status: 'enrolled';
  readonly participantId: string;
  readonly projectId: string;
  readonly organisationId: string;
  readonly arm: Arm;
  readonly enrolledOn: CalendarDate;
  readonly consentGivenOn: CalendarDate;
  readonly exit: { readonly on: CalendarDate; readonly reason: ExitReason } | null;
  readonly consentWithdrawnOn: CalendarDate | null;
  /** The date of the latest contact logged, whatever order contacts were logged in. */
  readonly lastContactOn: CalendarDate | null;
  readonly measurements: Readonly<Record<string, MeasurementOnRecord>>;
}

export type ParticipantState =
  | { readonly status: 'unknown' }
  | EnrolledParticipant
  | { readonly status: 'erased'; readonly participantId: string; readonly organisationId: string };

export const initialParticipantState = (): ParticipantState => ({ status: 'unknown' });

export function evolveParticipant(state: ParticipantState, event: ParticipantEvent): ParticipantState {
  if (event.type === 'ParticipantEnrolled') {
    const { participantId, projectId, organisationId, arm, enrolledOn, consentGivenOn } = event.data;
    return {
      status: 'enrolled',
      participantId,
      projectId,
      organisationId,
      arm,
      enrolledOn,
      consentGivenOn,
      exit: null,
      consentWithdrawnOn: null,
      lastContactOn: null,
      measurements: {},
    };
  }
  if (state.status !== 'enrolled') return state;
  switch (event.type) {
    case 'MeasurementRecorded':
    case 'MeasurementCorrected': {
      const { measurementId, instrument, wave, takenOn } = event.data;
      const measurement = { measurementId, instrument, wave, takenOn, retracted: false };
      return { ...state, measurements: { ...state.measurements, [measurementId]: measurement } };
    }
    case 'MeasurementRetracted': {
      const measurement = state.measurements[event.data.measurementId];
      if (!measurement) return state;
      return {
        ...state,
        measurements: { ...state.measurements, [measurement.measurementId]: { ...measurement, retracted: true } },
      };
    }
    case 'ContactLogged':
      return state.lastContactOn !== null && state.lastContactOn >= event.data.on
        ? state
        : { ...state, lastContactOn: event.data.on };
    case 'ParticipantExited':
      return { ...state, exit: { on: event.data.on, reason: event.data.reason } };
    case 'ConsentWithdrawn':
      return { ...state, consentWithdrawnOn: event.data.on };
    case 'ParticipantErased':
      return { status: 'erased', participantId: state.participantId, organisationId: state.organisationId };
    default:
      return state;
  }
}

/** The measurement of that instrument and wave that still counts, if any. */
export function countingMeasurementAt(
  state: EnrolledParticipant,
  instrument: string,
  wave: number,
): MeasurementOnRecord | undefined {
  return Object.values(state.measurements).find(
    (measurement) => !measurement.retracted && measurement.instrument === instrument && measurement.wave === wave,
  );
}
