import type { ViewSnapshot } from '../../reader/view-reader';
import {
  type CellAttributes,
  type CountGrouping,
  cellAttributesOf,
  groupingColumns,
  groupingSelection,
} from '../count-grouping';
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
export interface ScorePairCount extends CellAttributes {
  readonly baseline: number;
  readonly followUp: number | null;
  readonly count: number;
}

type RawPairCount = Parameters<typeof cellAttributesOf>[0] & {
  baseline: number | string;
  follow_up: number | string | null;
  count: number | string;
};

/** The pair counts of the query's projects at the snapshot's position, per arm and whatever else `grouping` keeps apart. */
export async function countScorePairs(
  snapshot: ViewSnapshot,
  query: ScorePairQuery,
  grouping: CountGrouping,
): Promise<ScorePairCount[]> {
  if (query.projectIds.length === 0) return [];
  if (query.wave !== undefined) return countPairsAtWave(snapshot, query, query.wave, grouping);
  const builder = withBaselines(snapshot, query, grouping, 's.follow_up AS follow_up').addSelect('COUNT(*)', 'count');
  const [first, ...others] = [...groupingColumns(grouping, 's'), 's.baseline', 's.follow_up'];
  builder.groupBy(first!);
  for (const column of others) builder.addGroupBy(column);
  const rows = await builder.getRawMany<RawPairCount>();
  return rows.map((row) => pairCountOf(row, grouping));
}

/** A named wave is not a column: the pairs are taken from each participant's waves, then counted. */
async function countPairsAtWave(
  snapshot: ViewSnapshot,
  query: ScorePairQuery,
  wave: number,
  grouping: CountGrouping,
): Promise<ScorePairCount[]> {
  const rows = await withBaselines(snapshot, query, grouping, 's.waves AS waves').getRawMany<
    Omit<RawPairCount, 'follow_up' | 'count'> & { waves: string }
  >();
  const cells = new Map<string, RawPairCount>();
  for (const row of rows) {
    const waves = JSON.parse(row.waves) as WaveScore[];
    const followUp = waves.find((entry) => entry.wave === wave)?.score ?? null;
    const key = JSON.stringify([row.project_id, row.arm, row.age_band, row.risk_factors, row.baseline, followUp]);
    const cell = cells.get(key) ?? { ...row, follow_up: followUp, count: 0 };
    cell.count = Number(cell.count) + 1;
    cells.set(key, cell);
  }
  return [...cells.values()].map((row) => pairCountOf(row, grouping));
}

/** The scale rows of the query with a baseline, with the attributes `grouping` keeps apart. */
function withBaselines(snapshot: ViewSnapshot, query: ScorePairQuery, grouping: CountGrouping, followUp: string) {
  return snapshot
    .from(scaleScoresProjection, 's')
    .select([...groupingSelection(grouping, 's'), 's.baseline AS baseline', followUp])
    .andWhere('s.project_id IN (:...projectIds)', { projectIds: query.projectIds })
    .andWhere('s.instrument = :instrument AND s.scale = :scale', { instrument: query.instrument, scale: query.scale })
    .andWhere('s.baseline IS NOT NULL');
}

function pairCountOf(row: RawPairCount, grouping: CountGrouping): ScorePairCount {
  return {
    ...cellAttributesOf(row, grouping),
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
