import { hedgesCorrection } from './effect-size';
import { changeScores, type ScorePair } from './pairs';
import { mean, sampleStandardDeviation } from './sample';
import type { ConfidenceInterval } from './scale';
import { criticalT95, twoSidedP } from './student-t';

/** The difference between the arms' mean changes: the `difference` of an Outcome (docs/api.md). */
export interface ArmDifference {
  /** m₁ − m₂: intervention minus comparison. */
  readonly meanDifference: number;
  readonly ci95: ConfidenceInterval;
  /** Welch's t. */
  readonly t: number | null;
  /** Welch–Satterthwaite degrees of freedom, usually fractional. */
  readonly df: number | null;
  /** Two-sided p of `t`. */
  readonly p: number | null;
  /** Hedges' g over the pooled SD of the change scores. */
  readonly hedgesG: number | null;
}

/**
 * Welch's comparison of the change scores of two arms (docs/statistics.md, "Difference between arms").
 *
 * Null unless both arms have at least two paired participants: without two changes an arm has no
 * variance to test against. When both arms' changes are constant (SE = 0), `t`, `df`, `p` and
 * `hedgesG` are null and `ci95` is `[m₁ − m₂, m₁ − m₂]`, mirroring the s = 0 rule within an arm.
 */
export function compareArms(
  intervention: readonly ScorePair[],
  comparison: readonly ScorePair[],
): ArmDifference | null {
  const first = summariseChanges(intervention);
  const second = summariseChanges(comparison);
  if (first === null || second === null) return null;
  const meanDifference = first.mean - second.mean;
  const varianceOfMean1 = first.sd ** 2 / first.n;
  const varianceOfMean2 = second.sd ** 2 / second.n;
  const standardError = Math.sqrt(varianceOfMean1 + varianceOfMean2);
  if (standardError === 0) {
    return { meanDifference, ci95: [meanDifference, meanDifference], t: null, df: null, p: null, hedgesG: null };
  }
  // Welch (1947) and Satterthwaite (1946).
  const df =
    (varianceOfMean1 + varianceOfMean2) ** 2 /
    (varianceOfMean1 ** 2 / (first.n - 1) + varianceOfMean2 ** 2 / (second.n - 1));
  const t = meanDifference / standardError;
  const margin = criticalT95(df) * standardError;
  const pooledDf = first.n + second.n - 2;
  const pooledSd = Math.sqrt(((first.n - 1) * first.sd ** 2 + (second.n - 1) * second.sd ** 2) / pooledDf);
  return {
    meanDifference,
    ci95: [meanDifference - margin, meanDifference + margin],
    t,
    df,
    p: twoSidedP(t, df),
    hedgesG: (hedgesCorrection(pooledDf) * meanDifference) / pooledSd,
  };
}

function summariseChanges(pairs: readonly ScorePair[]): { n: number; mean: number; sd: number } | null {
  const changes = changeScores(pairs);
  const m = mean(changes);
  const sd = sampleStandardDeviation(changes);
  return m === null || sd === null ? null : { n: changes.length, mean: m, sd };
}
