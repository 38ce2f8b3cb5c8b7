import type {
  CalendarDate,
  MeasurementCorrected,
  MeasurementRecorded,
  MeasurementRetracted,
  ParticipantErased,
} from '@outcome/domain';
import type { Projection } from '../../projection/projection';
import type { DomainRecordedEvent } from '../domain-recorded-event';
import { forgetErasedParticipant } from '../forget-erased-participant';

/** One scored wave of a scale: the measurement it comes from, as corrected. */
export interface WaveScore {
  readonly wave: number;
  /** Null where the instrument's missing-item rule does not allow scoring the scale. */
  readonly score: number | null;
  readonly measurementId: string;
  readonly takenOn: CalendarDate;
}

/**
 * One participant's scores on one scale of one instrument, every wave that counts (corrections
 * applied, retractions removed). `baseline` and `followUp` are the pair docs/statistics.md compares
 * when no wave is named, kept as columns so that SQL can count pairs without reading `waves`.
 */
export interface ScaleScoresRow {
  readonly participantId: string;
  readonly instrument: string;
  readonly scale: string;
  readonly projectId: string;
  /** The wave-0 score; null when unmeasured or not scorable. */
  readonly baseline: number | null;
  /** The latest wave above 0 with a non-null score, and that score. */
  readonly followUpWave: number | null;
  readonly followUp: number | null;
  /** In wave order. */
  readonly waves: readonly WaveScore[];
}

type Handled = DomainRecordedEvent<
  MeasurementRecorded | MeasurementCorrected | MeasurementRetracted | ParticipantErased
>;

export const scaleScoresProjection: Projection<ScaleScoresRow, Handled> = {
  name: 'scale_scores',
  version: 1,
  eventTypes: ['MeasurementRecorded', 'MeasurementCorrected', 'MeasurementRetracted', 'ParticipantErased'],
  table: {
    name: 'scale_scores',
    columns: {
      participantId: { type: 'text', key: true },
      instrument: { type: 'text', key: true },
      scale: { type: 'text', key: true },
      projectId: { type: 'text', indexed: true },
      baseline: { type: 'real', nullable: true },
      followUpWave: { type: 'integer', nullable: true },
      followUp: { type: 'real', nullable: true },
      waves: { type: 'json' },
    },
  },
  keysOf(event) {
    const { participantId } = event.data;
    switch (event.type) {
      case 'MeasurementRecorded':
      case 'MeasurementCorrected':
        // An erased participant's scores can no longer be read: they count nowhere.
        return Object.keys(event.data.scores ?? {}).map((scale) => ({
          participantId,
          instrument: event.data.instrument,
          scale,
        }));
      case 'MeasurementRetracted':
        return [{ participantId, instrument: event.data.instrument }];
      default:
        return [];
    }
  },
  forget: forgetErasedParticipant,
  evolve(row, event, key) {
    switch (event.type) {
      case 'MeasurementRecorded':
      case 'MeasurementCorrected': {
        const { participantId, projectId, instrument, measurementId, wave, takenOn, scores } = event.data;
        // keysOf names one row per scale: the key says which score is this row's.
        const scale = key.scale;
        if (scale === undefined || scores === undefined) return row;
        const others = (row?.waves ?? []).filter((entry) => entry.wave !== wave);
        return withPair({ participantId, instrument, scale, projectId }, [
          ...others,
          { wave, score: scores[scale] ?? null, measurementId, takenOn },
        ]);
      }
      case 'MeasurementRetracted': {
        if (row === null) return null;
        const waves = row.waves.filter((entry) => entry.measurementId !== event.data.measurementId);
        return waves.length === 0 ? null : withPair(row, waves);
      }
      default:
        return row;
    }
  },
};

/** The row with `waves` in order and the baseline / latest follow-up pair derived from them. */
function withPair(
  key: Pick<ScaleScoresRow, 'participantId' | 'instrument' | 'scale' | 'projectId'>,
  unordered: readonly WaveScore[],
): ScaleScoresRow {
  const waves = [...unordered].sort((a, b) => a.wave - b.wave);
  const baseline = waves.find((entry) => entry.wave === 0)?.score ?? null;
  const followUp = waves.filter((entry) => entry.wave > 0 && entry.score !== null).at(-1) ?? null;
  return {
    participantId: key.participantId,
    instrument: key.instrument,
    scale: key.scale,
    projectId: key.projectId,
    baseline,
    followUpWave: followUp?.wave ?? null,
    followUp: followUp?.score ?? null,
    waves,
  };
}
