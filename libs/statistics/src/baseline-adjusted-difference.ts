import { baselineScores, followUpScores, type ScorePair } from './pairs';
import { mean } from './sample';
import type { ConfidenceInterval } from './scale';
import { criticalT95, twoSidedP } from './student-t';

/** `difference.adjusted` of a controlled Outcome: the arm effect of an ANCOVA on the baseline. */
export interface BaselineAdjustedDifference {
  /** β₁ of followUp = β₀ + β₁·[intervention] + β₂·baseline. */
  readonly meanDifference: number;
  /** √ of the β₁ entry of σ̂²(XᵀX)⁻¹, σ̂² = RSS / (n − 3). */
  readonly se: number;
  readonly ci95: ConfidenceInterval;
  readonly t: number | null;
  /** n₁ + n₂ − 3. */
  readonly df: number;
  readonly p: number | null;
}

// A residual sum of squares this small beside the follow-ups' own is a perfect fit seen through rounding.
const PERFECT_FIT = 1e-20;

/**
 * The baseline-adjusted difference of docs/statistics.md ("Beyond one project"): ordinary least
 * squares of the follow-up on arm and baseline over both arms' paired participants.
 *
 * With one binary regressor and one covariate the normal equations have a closed form (the ANCOVA of
 * textbooks): β₂ = S_by / S_bb from the sums of squares and products within the arms, β₁ = (ȳ₁ − ȳ₂)
 * − β₂(b̄₁ − b̄₂), and var(β₁) = σ̂²·(1/n₁ + 1/n₂ + (b̄₁ − b̄₂)²/S_bb), which is the β₁ entry of
 * σ̂²(XᵀX)⁻¹. Centring within each arm keeps the sums small, so no general solver is needed.
 *
 * Null when an arm has fewer than 2 paired, n < 4, or the baselines do not vary within the arms
 * (then baseline and arm cannot be told apart; "no variance" at all is one case of it). With
 * σ̂ = 0, `ci95` is `[β₁, β₁]` and `t`, `p` are null.
 */
export function adjustForBaseline(
  intervention: readonly ScorePair[],
  comparison: readonly ScorePair[],
): BaselineAdjustedDifference | null {
  const n = intervention.length + comparison.length;
  if (intervention.length < 2 || comparison.length < 2 || n < 4) return null;
  const first = centredSums(intervention);
  const second = centredSums(comparison);
  const sbb = first.sbb + second.sbb;
  if (sbb === 0) return null;
  const slope = (first.sby + second.sby) / sbb;
  const meanDifference = first.yMean - second.yMean - slope * (first.bMean - second.bMean);
  const syy = first.syy + second.syy;
  const rss = Math.max(0, syy - slope * (first.sby + second.sby));
  const df = n - 3;
  const residualVariance = rss <= PERFECT_FIT * Math.max(1, syy) ? 0 : rss / df;
  const se = Math.sqrt(
    residualVariance * (1 / intervention.length + 1 / comparison.length + (first.bMean - second.bMean) ** 2 / sbb),
  );
  if (se === 0) return { meanDifference, se: 0, ci95: [meanDifference, meanDifference], t: null, df, p: null };
  const margin = criticalT95(df) * se;
  const t = meanDifference / se;
  return { meanDifference, se, ci95: [meanDifference - margin, meanDifference + margin], t, df, p: twoSidedP(t, df) };
}

/** The arm's means of baseline b and follow-up y, and its sums of squares and products about them. */
function centredSums(pairs: readonly ScorePair[]) {
  const bMean = mean(baselineScores(pairs))!;
  const yMean = mean(followUpScores(pairs))!;
  let sbb = 0;
  let sby = 0;
  let syy = 0;
  for (const [baseline, followUp] of pairs) {
    sbb += (baseline - bMean) ** 2;
    sby += (baseline - bMean) * (followUp - yMean);
    syy += (followUp - yMean) ** 2;
  }
  return { bMean, yMean, sbb, sby, syy };
}
