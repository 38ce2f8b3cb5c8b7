import type {
  AgeBand,
  Arm,
  CalendarDate,
  ContactKind,
  ExitReason,
  Gender,
  ParticipantEvent,
  PersonalDetails,
  RiskFactor,
} from '@outcome/domain';
import type { RecordedEvent } from '@outcome/event-store';
import type { ItemResponse, Scores } from '@outcome/instruments';

export interface MeasurementOnFile {
  readonly id: string;
  readonly instrument: string;
  readonly wave: number;
  readonly takenOn: CalendarDate;
  readonly responses: readonly ItemResponse[];
  readonly scores: Scores;
  /** True once a correction replaced the first responses. */
  readonly corrected: boolean;
  readonly recordedAt: string;
}

export interface ContactOnFile {
  readonly id: string;
  readonly on: CalendarDate;
  readonly minutes: number;
  readonly kind: ContactKind;
}

/** Everything an organisation knows of one participant, personal details included. */
export interface ParticipantRecord {
  readonly id: string;
  readonly projectId: string;
  readonly reference: string | null;
  readonly arm: Arm;
  readonly enrolledOn: CalendarDate;
  readonly ageBand: AgeBand;
  readonly gender: Gender | null;
  readonly riskFactors: readonly RiskFactor[];
  readonly consent: { readonly givenOn: CalendarDate; readonly withdrawnOn: CalendarDate | null };
  readonly personal: PersonalDetails | null;
  readonly exit: { readonly on: CalendarDate; readonly reason: ExitReason } | null;
  /** Measurements that count: retracted ones are left out. */
  readonly measurements: readonly MeasurementOnFile[];
  readonly contacts: readonly ContactOnFile[];
  /** The dose so far. */
  readonly dose: { readonly contacts: number; readonly minutes: number };
  /** Position of the participant's last event. */
  readonly position: string;
}

type Draft = {
  -readonly [Field in Exclude<keyof ParticipantRecord, 'measurements' | 'dose'>]: ParticipantRecord[Field];
} & {
  measurements: Record<string, MeasurementOnFile>;
};

/** Folds a participant's stream into their record; undefined when they were never enrolled or were erased. */
export function participantRecordOf(events: readonly RecordedEvent[]): ParticipantRecord | undefined {
  let draft: Draft | undefined;
  for (const recorded of events) {
    const event = recorded as unknown as ParticipantEvent & { metadata: { recordedAt: string } };
    if (event.type === 'ParticipantEnrolled') {
      const data = event.data;
      draft = {
        id: data.participantId,
        projectId: data.projectId,
        reference: data.reference ?? null,
        arm: data.arm,
        enrolledOn: data.enrolledOn,
        ageBand: data.ageBand,
        gender: data.gender ?? null,
        riskFactors: data.riskFactors ?? [],
        consent: { givenOn: data.consentGivenOn, withdrawnOn: null },
        personal: data.personal ?? null,
        exit: null,
        measurements: {},
        contacts: [],
        position: recorded.position.toString(),
      };
      continue;
    }
    if (!draft) continue;
    draft.position = recorded.position.toString();
    switch (event.type) {
      case 'MeasurementRecorded':
      case 'MeasurementCorrected': {
        const { measurementId, instrument, wave, takenOn, responses, scores } = event.data;
        draft.measurements[measurementId] = {
          id: measurementId,
          instrument,
          wave,
          takenOn,
          responses: responses ?? [],
          scores: scores ?? {},
          corrected: event.type === 'MeasurementCorrected',
          recordedAt: draft.measurements[measurementId]?.recordedAt ?? recorded.metadata.recordedAt,
        };
        break;
      }
      case 'MeasurementRetracted':
        delete draft.measurements[event.data.measurementId];
        break;
      case 'ContactLogged': {
        const { contactId, on, minutes, kind } = event.data;
        draft.contacts = [...draft.contacts, { id: contactId, on, minutes, kind }];
        break;
      }
      case 'ParticipantExited':
        draft.exit = { on: event.data.on, reason: event.data.reason };
        break;
      case 'ConsentWithdrawn':
        draft.consent = { ...draft.consent, withdrawnOn: event.data.on };
        break;
      case 'ParticipantErased':
        return undefined;
    }
  }
  if (!draft) return undefined;
  const measurements = Object.values(draft.measurements).sort(
    (a, b) => a.instrument.localeCompare(b.instrument) || a.wave - b.wave,
  );
  const minutes = draft.contacts.reduce((total, contact) => total + contact.minutes, 0);
  return { ...draft, measurements, dose: { contacts: draft.contacts.length, minutes } };
}
