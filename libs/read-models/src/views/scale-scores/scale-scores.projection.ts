import type {
  AgeBand,
  Arm,
  CalendarDate,
  MeasurementCorrected,
  MeasurementRecorded,
  MeasurementRetracted,
  ParticipantEnrolled,
  ParticipantErased,
  RiskFactor,
} from '@outcome/domain';
import type { Projection, RowSelector } from '../../projection/projection';
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
 * applied, retractions removed), with the participant's arm, age band and risk factors, so that
 * outcomes are counted from this table alone. `baseline` and `followUp` are the pair an outcome
 * compares when no wave is named, kept as columns so that SQL can count pairs without `waves`.
 *
 * Each participant also has a header row (instrument and scale empty, no waves) made at
 * enrolment, from which the scale rows copy the enrolment facts that measurement events lack.
 */
export interface ScaleScoresRow {
  readonly participantId: string;
  readonly instrument: string;
  readonly scale: string;
  readonly projectId: string;
  readonly arm: Arm;
  readonly ageBand: AgeBand;
  /** Sorted, so that equal sets group together in SQL. */
  readonly riskFactors: readonly RiskFactor[];
  /** The wave-0 score; null when unmeasured or not scorable. */
  readonly baseline: number | null;
  /** The latest wave above 0 with a non-null score, and that score. */
  readonly followUpWave: number | null;
  readonly followUp: number | null;
  /** In wave order. */
  readonly waves: readonly WaveScore[];
}

type Handled = DomainRecordedEvent<
  ParticipantEnrolled | MeasurementRecorded | MeasurementCorrected | MeasurementRetracted | ParticipantErased
>;

/** The key of a participant's header row. */
export function headerKeyOf(participantId: string): RowSelector<ScaleScoresRow> {
  return { participantId, instrument: '', scale: '' };
}

export const scaleScoresProjection: Projection<ScaleScoresRow, Handled> = {
  name: 'scale_scores',
  version: 1,
  eventTypes: [
    'ParticipantEnrolled',
    'MeasurementRecorded',
    'MeasurementCorrected',
    'MeasurementRetracted',
    'ParticipantErased',
  ],
  table: {
    name: 'scale_scores',
    columns: {
      participantId: { type: 'text', key: true },
      instrument: { type: 'text', key: true },
      scale: { type: 'text', key: true },
      projectId: { type: 'text' },
      arm: { type: 'text' },
      ageBand: { type: 'text' },
      riskFactors: { type: 'json' },
      baseline: { type: 'real', nullable: true },
      followUpWave: { type: 'integer', nullable: true },
      followUp: { type: 'real', nullable: true },
      waves: { type: 'json' },
    },
    // Pair counts read only the index: the grouping attributes and the pair ride along.
    indexes: [
      {
        on: ['projectId', 'instrument', 'scale'],
        including: ['baseline', 'followUp', 'arm', 'ageBand', 'riskFactors'],
      },
    ],
  },
  keysOf(event) {
    const { participantId } = event.data;
    switch (event.type) {
      case 'ParticipantEnrolled':
        return [headerKeyOf(participantId)];
      case 'MeasurementRecorded':
      case 'MeasurementCorrected': {
        // An erased participant's scores can no longer be read: they count nowhere.
        const scales = Object.keys(event.data.scores ?? {});
        const { instrument } = event.data;
        return [headerKeyOf(participantId), ...scales.map((scale) => ({ participantId, instrument, scale }))];
      }
      case 'MeasurementRetracted':
        return [{ participantId, instrument: event.data.instrument }];
      default:
        return [];
    }
  },
  forget: forgetErasedParticipant,
  evolve(row, event, { key, rowAt }) {
    switch (event.type) {
      case 'ParticipantEnrolled':
        // An erased participant's enrolment, read again in a rebuild, counts in no view.
        return event.erased ? row : headerOf(event.data);
      case 'MeasurementRecorded':
      case 'MeasurementCorrected': {
        const { participantId, instrument, measurementId, wave, takenOn, scores } = event.data;
        const header = rowAt(headerKeyOf(participantId));
        if (key.scale === '' || key.scale === undefined || scores === undefined || header === null) return row;
        const others = (row?.waves ?? []).filter((entry) => entry.wave !== wave);
        return withPair({ ...header, instrument, scale: key.scale }, [
          ...others,
          { wave, score: scores[key.scale] ?? null, measurementId, takenOn },
        ]);
      }
      case 'MeasurementRetracted': {
        if (row === null || row.scale === '') return row;
        const waves = row.waves.filter((entry) => entry.measurementId !== event.data.measurementId);
        return waves.length === 0 ? null : withPair(row, waves);
      }
      default:
        return row;
    }
  },
};

function headerOf(enrolment: ParticipantEnrolled['data']): ScaleScoresRow {
  return {
    ...(headerKeyOf(enrolment.participantId) as { participantId: string; instrument: string; scale: string }),
    projectId: enrolment.projectId,
    arm: enrolment.arm,
    ageBand: enrolment.ageBand,
    riskFactors: [...(enrolment.riskFactors ?? [])].sort(),
    baseline: null,
    followUpWave: null,
    followUp: null,
    waves: [],
  };
}

/** The row with `waves` in order and the baseline / latest follow-up pair derived from them. */
function withPair(
  facts: Omit<ScaleScoresRow, 'baseline' | 'followUpWave' | 'followUp' | 'waves'>,
  unordered: readonly WaveScore[],
): ScaleScoresRow {
  const waves = [...unordered].sort((a, b) => a.wave - b.wave);
  const baseline = waves.find((entry) => entry.wave === 0)?.score ?? null;
  const followUp = waves.filter((entry) => entry.wave > 0 && entry.score !== null).at(-1) ?? null;
  return {
    participantId: facts.participantId,
    instrument: facts.instrument,
    scale: facts.scale,
    projectId: facts.projectId,
    arm: facts.arm,
    ageBand: facts.ageBand,
    riskFactors: facts.riskFactors,
    baseline,
    followUpWave: followUp?.wave ?? null,
    followUp: followUp?.score ?? null,
    waves,
  };
}
