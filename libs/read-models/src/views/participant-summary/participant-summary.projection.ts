import type { AgeBand, Arm, CalendarDate, ExitReason } from '@outcome/domain';
import type { Projection } from '../../projection/projection';
import type { RecordedParticipantEvent } from '../domain-recorded-event';
import { forgetErasedParticipant } from '../forget-erased-participant';

/**
 * One row per participant for an organisation's lists; erasure forgets it. No personal details, and
 * no reference either: the lists decrypt it from the events (version 3 dropped the column).
 */
export interface ParticipantSummaryRow {
  readonly participantId: string;
  readonly projectId: string;
  readonly organisationId: string;
  readonly arm: Arm;
  readonly ageBand: AgeBand;
  readonly enrolledOn: CalendarDate;
  readonly exitedOn: CalendarDate | null;
  readonly exitReason: ExitReason | null;
  readonly consentWithdrawnOn: CalendarDate | null;
  /** Measurements that count (retracted ones excluded). */
  readonly measurements: number;
  readonly contacts: number;
  readonly contactMinutes: number;
  readonly lastPosition: string;
}

export const participantSummaryProjection: Projection<ParticipantSummaryRow, RecordedParticipantEvent> = {
  name: 'participant_summary',
  version: 3,
  eventTypes: [
    'ParticipantEnrolled',
    'MeasurementRecorded',
    'MeasurementRetracted',
    'ContactLogged',
    'ParticipantExited',
    'ConsentWithdrawn',
    'ParticipantErased',
  ],
  table: {
    name: 'participant_summary',
    columns: {
      participantId: { type: 'text', key: true },
      projectId: { type: 'text', indexed: true },
      organisationId: { type: 'text', indexed: true },
      arm: { type: 'text' },
      ageBand: { type: 'text' },
      enrolledOn: { type: 'text' },
      exitedOn: { type: 'text', nullable: true },
      exitReason: { type: 'text', nullable: true },
      consentWithdrawnOn: { type: 'text', nullable: true },
      measurements: { type: 'integer' },
      contacts: { type: 'integer' },
      contactMinutes: { type: 'integer' },
      lastPosition: { type: 'text' },
    },
  },
  keysOf: (event) => [{ participantId: event.data.participantId }],
  forget: forgetErasedParticipant,
  evolve(row, event) {
    const lastPosition = event.position.toString();
    // An erased participant counts in no view, not even one rebuilt as of a day before the erasure.
    if (event.erased) return null;
    if (event.type === 'ParticipantEnrolled') {
      const { participantId, projectId, organisationId, arm, ageBand, enrolledOn } = event.data;
      return {
        participantId,
        projectId,
        organisationId,
        arm,
        ageBand,
        enrolledOn,
        exitedOn: null,
        exitReason: null,
        consentWithdrawnOn: null,
        measurements: 0,
        contacts: 0,
        contactMinutes: 0,
        lastPosition,
      };
    }
    if (!row) return null;
    switch (event.type) {
      case 'MeasurementRecorded':
        return { ...row, measurements: row.measurements + 1, lastPosition };
      case 'MeasurementRetracted':
        return { ...row, measurements: row.measurements - 1, lastPosition };
      case 'ContactLogged':
        return {
          ...row,
          contacts: row.contacts + 1,
          contactMinutes: row.contactMinutes + event.data.minutes,
          lastPosition,
        };
      case 'ParticipantExited':
        return { ...row, exitedOn: event.data.on, exitReason: event.data.reason, lastPosition };
      case 'ConsentWithdrawn':
        return { ...row, consentWithdrawnOn: event.data.on, lastPosition };
      case 'ParticipantErased':
        return null;
      default:
        return row;
    }
  },
};
