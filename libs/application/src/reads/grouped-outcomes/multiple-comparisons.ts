import { holmAdjust } from '@outcome/statistics';
import type { OutcomeAnswer } from '../outcomes/outcome-answer';

const SIGNIFICANCE = 0.05;

/**
 * docs/statistics.md "Many rows at once": Holm's adjustment over the rows' p values (of `difference`
 * when the row is controlled, else of the intervention arm; rows without one, suppressed rows among
 * them, do not count), as `pAdjusted`, and the warning `multiple-comparisons` on each row whose p is
 * below 0.05 but whose adjusted p is not. A lone row is its own family: its `pAdjusted` is its p.
 */
export function adjustForMultipleComparisons<Row extends OutcomeAnswer>(
  rows: readonly Row[],
): (Row & { readonly pAdjusted: number | null })[] {
  const pValues = rows.map(testedP);
  const adjusted = holmAdjust(pValues);
  return rows.map((row, i) => {
    const p = pValues[i]!;
    const pAdjusted = adjusted[i]!;
    const lostSignificance = p !== null && pAdjusted !== null && p < SIGNIFICANCE && pAdjusted >= SIGNIFICANCE;
    return {
      ...row,
      pAdjusted,
      warnings: lostSignificance ? [...row.warnings, 'multiple-comparisons' as const] : row.warnings,
    };
  });
}

/** The p a row's verdict rests on. */
export function testedP({ evidenceLevel, difference, arms }: OutcomeAnswer): number | null {
  return (evidenceLevel === 'controlled' ? difference?.p : arms.intervention?.p) ?? null;
}
