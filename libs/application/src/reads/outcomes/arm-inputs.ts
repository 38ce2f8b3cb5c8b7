import type { Arm } from '@outcome/domain';
import type { EnrolledCount, ScorePairCount } from '@outcome/read-models';
import type { ArmInput, ScorePair } from '@outcome/statistics';

/** The counts an outcome (or one group of it) is computed from. */
export interface OutcomeCells {
  readonly enrolled: readonly EnrolledCount[];
  readonly pairs: readonly ScorePairCount[];
}

export type ArmInputs = { readonly [A in Arm]: ArmInput | null };

/**
 * Each arm's raw material for the statistics: enrolled, with a baseline, and the score pairs,
 * expanded from the counts in a fixed order (by baseline, then follow-up), so that the same
 * participants give the same sums to the last bit however SQL grouped them.
 */
export function armInputsOf(cells: OutcomeCells): ArmInputs {
  return { intervention: armInputOf(cells, 'intervention'), comparison: armInputOf(cells, 'comparison') };
}

function armInputOf(cells: OutcomeCells, arm: Arm): ArmInput | null {
  const enrolled = sum(cells.enrolled.filter((cell) => cell.arm === arm).map((cell) => cell.enrolled));
  if (enrolled === 0) return null;
  const inArm = cells.pairs.filter((cell) => cell.arm === arm);
  const pairs: ScorePair[] = [];
  for (const cell of [...inArm].sort(byScores)) {
    if (cell.followUp === null) continue;
    for (let i = 0; i < cell.count; i++) pairs.push([cell.baseline, cell.followUp]);
  }
  return { enrolled, withBaseline: sum(inArm.map((cell) => cell.count)), pairs };
}

function byScores(a: ScorePairCount, b: ScorePairCount): number {
  if (a.baseline !== b.baseline) return a.baseline - b.baseline;
  if (a.followUp === null || b.followUp === null) return (a.followUp === null ? 0 : 1) - (b.followUp === null ? 0 : 1);
  return a.followUp - b.followUp;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The cells of the participants `belongs` selects. */
export function cellsWhere(
  cells: OutcomeCells,
  belongs: (cell: EnrolledCount | ScorePairCount) => boolean,
): OutcomeCells {
  return { enrolled: cells.enrolled.filter(belongs), pairs: cells.pairs.filter(belongs) };
}
