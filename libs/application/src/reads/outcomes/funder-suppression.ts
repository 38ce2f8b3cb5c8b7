import { type OutcomeStatistics, type Partition, suppressForFunder } from '@outcome/statistics';

/** One row of an answer as funder suppression weighs it. */
export interface RowToScreen {
  readonly key: string;
  readonly statistics: OutcomeStatistics;
}

/**
 * The keys of the rows a funder may not see: rows with an arm of 1 to k − 1 paired, and the
 * complementary rows that would let a hidden one be derived through the partitions.
 */
export function rowsHiddenFromFunder(
  rows: readonly RowToScreen[],
  minCell: number,
  partitions: readonly Partition[] = [],
): Set<string> {
  const screened = suppressForFunder(
    rows.map(({ key, statistics }) => ({ key, pairedPerArm: pairedPerArmOf(statistics), payload: null })),
    { minCell, partitions },
  );
  return new Set(screened.filter((row) => row.suppressed).map((row) => row.key));
}

/** Paired participants of each arm the row reports (arms nobody is enrolled in are left out). */
function pairedPerArmOf({ arms }: OutcomeStatistics): number[] {
  return [arms.intervention, arms.comparison].flatMap((arm) => (arm === null ? [] : [arm.paired]));
}
