import type { Outcome } from '../api/types';

/** What a forest plot shows of one Outcome: the controlled difference, or the before–after change. */
export interface Effect {
  readonly kind: 'controlled' | 'before-after';
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

/**
 * The controlled difference where the comparison arm gave one, else the intervention arm's
 * change from baseline; null when neither can be shown (suppressed, or too few pairs).
 */
export function effectOf(outcome: Pick<Outcome, 'arms' | 'difference' | 'suppressed'>): Effect | null {
  if (outcome.suppressed) return null;
  const difference = outcome.difference;
  if (difference && difference.ci95.length === 2) {
    return {
      kind: 'controlled',
      estimate: difference.meanDifference,
      ci95: [difference.ci95[0]!, difference.ci95[1]!],
    };
  }
  const arm = outcome.arms.intervention;
  if (arm && arm.meanChange !== null && arm.ci95 && arm.ci95.length === 2) {
    return { kind: 'before-after', estimate: arm.meanChange, ci95: [arm.ci95[0]!, arm.ci95[1]!] };
  }
  return null;
}

/** True when the verdict rests on before–after data only, so the regression-to-the-mean caveat applies. */
export function restsOnBeforeAfter(outcome: Pick<Outcome, 'evidenceLevel' | 'suppressed'>): boolean {
  return !outcome.suppressed && outcome.evidenceLevel === 'before-after';
}

/** "30 / 28", "30 / –" or null for a suppressed row. */
export function pairedCounts(outcome: Pick<Outcome, 'arms'>): string {
  const count = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
  return `${count(outcome.arms.intervention?.paired)} / ${count(outcome.arms.comparison?.paired)}`;
}
