import type { AgeBand, Arm, RiskFactor } from '@outcome/domain';
import type { ViewSnapshot } from '../../reader/view-reader';
import { type ScaleScoresRow, type WaveScore, scaleScoresProjection } from './scale-scores.projection';

/** Which scores an outcome compares: one instrument scale, wave 0 against `wave` or each participant's latest. */
export interface ScorePairQuery {
  readonly projectIds: readonly string[];
  readonly instrument: string;
  readonly scale: string;
  /** The follow-up wave; undefined for each participant's latest wave above 0 with a score. */
  readonly wave?: number;
}

/**
 * How many participants with a baseline share one (baseline, follow-up) pair and one combination
 * of the grouping attributes; `followUp` null counts those with a baseline but no follow-up.
 *
 * Why counts: for the discrete scales of the instruments, the counts of (baseline, follow-up)
 * pairs per project, arm and group are exact sufficient statistics for every field of an
 * Outcome, and there are few distinct pairs (49 at most on DJG-6), so SQL hands the statistics a
 * few hundred cells instead of a row per participant. The rows stay per participant in the view,
 * because erasure and as-of reads need each person's own history.
 */
export interface ScorePairCount {
  readonly projectId: string;
  readonly arm: Arm;
  readonly ageBand: AgeBand;
  readonly riskFactors: readonly RiskFactor[];
  readonly baseline: number;
  readonly followUp: number | null;
  readonly count: number;
}

interface RawPairCount {
  project_id: string;
  arm: Arm;
  age_band: AgeBand;
  risk_factors: string;
  baseline: number | string;
  follow_up: number | string | null;
  count: number | string;
}

/** The pair counts of the query's projects, at the snapshot's position. */
export async function countScorePairs(snapshot: ViewSnapshot, query: ScorePairQuery): Promise<ScorePairCount[]> {
  if (query.projectIds.length === 0) return [];
  if (query.wave !== undefined) return countPairsAtWave(snapshot, query, query.wave);
  const rows = await withBaselines(snapshot, query, 's.follow_up AS follow_up')
    .addSelect('COUNT(*)', 'count')
    .groupBy('s.project_id')
    .addGroupBy('s.arm')
    .addGroupBy('s.age_band')
    .addGroupBy('s.risk_factors')
    .addGroupBy('s.baseline')
    .addGroupBy('s.follow_up')
    .getRawMany<RawPairCount>();
  return rows.map(pairCountOf);
}

/** A named wave is not a column: the pairs are taken from each participant's waves, then counted. */
async function countPairsAtWave(
  snapshot: ViewSnapshot,
  query: ScorePairQuery,
  wave: number,
): Promise<ScorePairCount[]> {
  const rows = await withBaselines(snapshot, query, 's.waves AS waves').getRawMany<
    Omit<RawPairCount, 'follow_up' | 'count'> & { waves: string }
  >();
  const cells = new Map<string, RawPairCount>();
  for (const row of rows) {
    const waves = JSON.parse(row.waves) as WaveScore[];
    const followUp = waves.find((entry) => entry.wave === wave)?.score ?? null;
    const cell = { ...row, follow_up: followUp, count: 0 };
    const key = JSON.stringify([row.project_id, row.arm, row.age_band, row.risk_factors, row.baseline, followUp]);
    const counted = cells.get(key) ?? cell;
    counted.count = Number(counted.count) + 1;
    cells.set(key, counted);
  }
  return [...cells.values()].map(pairCountOf);
}

/** The scale rows of the query with a baseline, with the attributes outcomes are grouped by. */
function withBaselines(snapshot: ViewSnapshot, query: ScorePairQuery, followUp: string) {
  return snapshot
    .from(scaleScoresProjection, 's')
    .select([
      's.project_id AS project_id',
      's.arm AS arm',
      's.age_band AS age_band',
      's.risk_factors AS risk_factors',
      's.baseline AS baseline',
      followUp,
    ])
    .andWhere('s.project_id IN (:...projectIds)', { projectIds: query.projectIds })
    .andWhere('s.instrument = :instrument AND s.scale = :scale', { instrument: query.instrument, scale: query.scale })
    .andWhere('s.baseline IS NOT NULL');
}

function pairCountOf(row: RawPairCount): ScorePairCount {
  return {
    projectId: row.project_id,
    arm: row.arm,
    ageBand: row.age_band,
    riskFactors: JSON.parse(row.risk_factors) as RiskFactor[],
    baseline: Number(row.baseline),
    followUp: row.follow_up === null ? null : Number(row.follow_up),
    count: Number(row.count),
  };
}

/** One participant's scale rows, for the trajectory (their header row left out). */
export async function scaleScoresOf(snapshot: ViewSnapshot, participantId: string): Promise<ScaleScoresRow[]> {
  const rows = await snapshot.rows(scaleScoresProjection, {
    where: { participantId },
    orderBy: ['instrument', 'scale'],
  });
  return rows.filter((row) => row.instrument !== '');
}

/** Every scale row of a project (header rows left out), for measurements due, enrolment and dose–response. */
export async function scaleScoresOfProject(
  snapshot: ViewSnapshot,
  projectId: string,
  filter: { readonly instrument?: string; readonly scale?: string } = {},
): Promise<ScaleScoresRow[]> {
  const rows = await snapshot.rows(scaleScoresProjection, {
    where: { projectId, ...filter },
    orderBy: ['participantId'],
  });
  return rows.filter((row) => row.instrument !== '');
}
