import {
  countEnrolled,
  type CountGrouping,
  countScorePairs,
  participantProfileProjection,
  projectCatalogueProjection,
  type Projection,
  scaleScoresProjection,
  type ViewSnapshot,
} from '@outcome/read-models';
import { analyseOutcome, type OutcomeStatistics } from '@outcome/statistics';
import { armInputsOf, type OutcomeCells } from './arm-inputs';
import type { OutcomeScale } from './outcome-scale';

/** The views every outcome reads, on one snapshot. */
export const OUTCOME_VIEWS: readonly Projection<object>[] = [
  projectCatalogueProjection,
  participantProfileProjection,
  scaleScoresProjection,
] as readonly Projection<object>[];

/** The enrolled and pair counts of the projects on one scale at the snapshot's position, per arm and what `grouping` keeps apart. */
export async function readOutcomeCells(
  snapshot: ViewSnapshot,
  projectIds: readonly string[],
  scale: OutcomeScale,
  wave: number | undefined,
  grouping: CountGrouping = {},
): Promise<OutcomeCells> {
  const [enrolled, pairs] = [
    await countEnrolled(snapshot, projectIds, grouping),
    await countScorePairs(snapshot, { projectIds, instrument: scale.instrument, scale: scale.scale, wave }, grouping),
  ];
  return { enrolled, pairs };
}

/** Every statistic of an Outcome over the cells' participants, by libs/statistics. */
export function analyseCells(cells: OutcomeCells, scale: OutcomeScale): OutcomeStatistics {
  return analyseOutcome({ direction: scale.direction, reliability: scale.reliability, arms: armInputsOf(cells) });
}
