import type { Projection } from '../../projection/projection';
import type { DomainRecordedEvent } from '../domain-recorded-event';
import type { MeasurementRecorded, ParticipantErased } from '@outcome/domain';
import { forgetErasedParticipant } from '../forget-erased-participant';

/** Whose measurement an id is: corrections and retractions name only the measurement. */
export interface MeasurementOwnerRow {
  readonly measurementId: string;
  readonly participantId: string;
  readonly projectId: string;
}

type Handled = DomainRecordedEvent<MeasurementRecorded | ParticipantErased>;

export const measurementOwnerProjection: Projection<MeasurementOwnerRow, Handled> = {
  name: 'measurement_owner',
  version: 2,
  eventTypes: ['MeasurementRecorded', 'ParticipantErased'],
  table: {
    name: 'measurement_owner',
    columns: {
      measurementId: { type: 'text', key: true },
      participantId: { type: 'text', indexed: true },
      projectId: { type: 'text' },
    },
  },
  keysOf: (event) =>
    event.type === 'MeasurementRecorded'
      ? [{ measurementId: event.data.measurementId }]
      : [{ participantId: event.data.participantId }],
  forget: forgetErasedParticipant,
  evolve: (_row, event) =>
    event.type === 'MeasurementRecorded' && !event.erased
      ? {
          measurementId: event.data.measurementId,
          participantId: event.data.participantId,
          projectId: event.data.projectId,
        }
      : null,
};
