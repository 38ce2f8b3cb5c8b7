import { baselineScores, changeScores, type ScorePair } from './pairs';
import { sampleStandardDeviation } from './sample';
import { orientChange, type ScaleProperties } from './scale';

/** Reliable change (Jacobson & Truax 1991) of one arm's paired participants. */
export interface ReliableChange {
  /** 1.96 · S_diff, in the scale's own points. */
  readonly threshold: number;
  /** Share of paired participants whose change beats the threshold in the good direction. */
  readonly improved: number;
  /** Share of paired participants whose change beats the threshold in the bad direction. */
  readonly deteriorated: number;
}

/**
 * Reliable change of the paired participants; null with fewer than two of them (the rule for
 * n < 2 in docs/statistics.md) or when the scale has neither a reliability nor a fixed SEM.
 */
export function assessReliableChange(pairs: readonly ScorePair[], scale: ScaleProperties): ReliableChange | null {
  const baselineSd = sampleStandardDeviation(baselineScores(pairs));
  if (baselineSd === null || scale.reliability === null) return null;
  const sem =
    scale.reliability.kind === 'sem' ? scale.reliability.sem : baselineSd * Math.sqrt(1 - scale.reliability.r);
  // Jacobson & Truax (1991): divide by the SE of the difference of two scores, √2 · SEM, not by the SEM.
  const threshold = 1.96 * Math.SQRT2 * sem;
  const oriented = changeScores(pairs).map((change) => orientChange(change, scale.direction));
  return {
    threshold,
    improved: oriented.filter((change) => change > threshold).length / pairs.length,
    deteriorated: oriented.filter((change) => change < -threshold).length / pairs.length,
  };
}

/** Where one participant's change lies against a reliable-change threshold. */
export type ReliableChangeClass = 'improved' | 'deteriorated' | 'unchanged';

/**
 * One participant's reliable change (Jacobson & Truax 1991): beyond the threshold in the good
 * direction, in the bad direction, or within it; the threshold is an arm's `ReliableChange.threshold`.
 */
export function classifyReliableChange(
  change: number,
  threshold: number,
  direction: ScaleProperties['direction'],
): ReliableChangeClass {
  const [oriented] = changeScores([[0, orientChange(change, direction)]]);
  if (oriented! > threshold) return 'improved';
  if (oriented! < -threshold) return 'deteriorated';
  return 'unchanged';
}
