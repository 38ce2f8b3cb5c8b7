import { baselineScores, type ScorePair } from './pairs';
import { mean, sampleStandardDeviation } from './sample';

/**
 * |baseline mean difference| / pooled baseline SD of the paired participants of two arms: how far
 * apart the arms started, in standard deviations. Null unless both arms have two paired participants.
 *
 * docs/statistics.md leaves the pooled SD open; this is the s_p of Hedges' g (the What Works
 * Clearinghouse baseline-equivalence measure), which reproduces the reference cases.
 */
export function measureBaselineImbalance(
  intervention: readonly ScorePair[],
  comparison: readonly ScorePair[],
): number | null {
  const first = baselineScores(intervention);
  const second = baselineScores(comparison);
  const [mean1, mean2] = [mean(first), mean(second)];
  const [sd1, sd2] = [sampleStandardDeviation(first), sampleStandardDeviation(second)];
  if (mean1 === null || mean2 === null || sd1 === null || sd2 === null) return null;
  const difference = Math.abs(mean1 - mean2);
  const pooledSd = Math.sqrt(
    ((first.length - 1) * sd1 ** 2 + (second.length - 1) * sd2 ** 2) / (first.length + second.length - 2),
  );
  // Without spread inside the arms, any difference between them is an imbalance of unbounded size.
  if (pooledSd === 0) return difference === 0 ? 0 : Number.POSITIVE_INFINITY;
  return difference / pooledSd;
}
