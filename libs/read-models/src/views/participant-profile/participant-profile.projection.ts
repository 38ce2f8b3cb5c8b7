import type { AgeBand, Arm, CalendarDate, ExitReason, RiskFactor } from '@outcome/domain';
import type { Projection } from '../../projection/projection';
import type { RecordedParticipantEvent } from '../domain-recorded-event';
import { forgetErasedParticipant } from '../forget-erased-participant';

/**
 * Who a participant is for the outcome views: arm, age band, risk factors, enrolment and exit.
 * Apart from the participant summary because it changes only on enrolment, exit, withdrawal and
 * erasure: outcome queries join it for every participant, so it must keep few versions.
 */
export interface ParticipantProfileRow {
  readonly participantId: string;
  readonly projectId: string;
  readonly arm: Arm;
  readonly ageBand: AgeBand;
  readonly riskFactors: readonly RiskFactor[];
  readonly enrolledOn: CalendarDate;
  readonly exitedOn: CalendarDate | null;
  readonly exitReason: ExitReason | null;
  readonly consentWithdrawnOn: CalendarDate | null;
}

export const participantProfileProjection: Projection<ParticipantProfileRow, RecordedParticipantEvent> = {
  name: 'participant_profile',
  version: 1,
  eventTypes: ['ParticipantEnrolled', 'ParticipantExited', 'ConsentWithdrawn', 'ParticipantErased'],
  table: {
    name: 'participant_profile',
    columns: {
      participantId: { type: 'text', key: true },
      projectId: { type: 'text', indexed: true },
      arm: { type: 'text' },
      ageBand: { type: 'text' },
      riskFactors: { type: 'json' },
      enrolledOn: { type: 'text' },
      exitedOn: { type: 'text', nullable: true },
      exitReason: { type: 'text', nullable: true },
      consentWithdrawnOn: { type: 'text', nullable: true },
    },
  },
  keysOf: (event) => [{ participantId: event.data.participantId }],
  forget: forgetErasedParticipant,
  evolve(row, event) {
    // An erased participant's enrolment, read again in a rebuild, counts in no view.
    if (event.erased) return row;
    switch (event.type) {
      case 'ParticipantEnrolled': {
        const { participantId, projectId, arm, ageBand, enrolledOn } = event.data;
        return {
          participantId,
          projectId,
          arm,
          ageBand,
          // Sorted, so that equal sets group together in SQL.
          riskFactors: [...(event.data.riskFactors ?? [])].sort(),
          enrolledOn,
          exitedOn: null,
          exitReason: null,
          consentWithdrawnOn: null,
        };
      }
      case 'ParticipantExited':
        return row && { ...row, exitedOn: event.data.on, exitReason: event.data.reason };
      case 'ConsentWithdrawn':
        return row && { ...row, consentWithdrawnOn: event.data.on };
      default:
        return row;
    }
  },
};
