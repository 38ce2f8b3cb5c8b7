import { adjustedDifference } from './adjusted-difference';
import type { PairedArm } from './arm-statistics';
import { detectableEffect } from './power';
import type { ArmDifference } from './outcome-types';
import { hedgesCorrection, meanOf, pooledStandardDeviation, sampleStandardDeviation } from './sample-moments';
import { studentTQuantile, studentTTwoSidedP } from './student-t';

/**
 * docs/statistics.md "Difference between arms": Welch's t-test on the change scores. The spec asks only
 * that the comparison arm have 2 paired; with fewer than 2 in the intervention arm s₁ does not
 * exist, so the difference is null then too.
 */
export function armDifference(intervention: PairedArm, comparison: PairedArm): ArmDifference | null {
  const welch = welchDifference(intervention, comparison);
  if (welch === null) return null;
  const [n1, n2] = [intervention.pairs.length, comparison.pairs.length];
  const d = detectableEffect(n1 + n2 - 2, Math.sqrt((n1 * n2) / (n1 + n2)));
  const pooledSd = pooledStandardDeviation(
    intervention.pairs.map((pair) => pair.change),
    comparison.pairs.map((pair) => pair.change),
  );
  return {
    ...welch,
    adjusted: adjustedDifference(intervention, comparison),
    minimumDetectableEffect: d === null ? null : { d, points: d * pooledSd },
  };
}

function welchDifference(
  intervention: PairedArm,
  comparison: PairedArm,
): Omit<ArmDifference, 'adjusted' | 'minimumDetectableEffect'> | null {
  const first = intervention.pairs.map((pair) => pair.change);
  const second = comparison.pairs.map((pair) => pair.change);
  if (first.length < 2 || second.length < 2) return null;
  const [n1, n2] = [first.length, second.length];
  const [m1, m2] = [meanOf(first), meanOf(second)];
  const [s1, s2] = [sampleStandardDeviation(first), sampleStandardDeviation(second)];
  // With no spread, meanOf returns the common change itself, so equal changes differ by exactly 0.
  const meanDifference = m1 - m2;
  if (s1 === 0 && s2 === 0) {
    return { meanDifference, ci95: [meanDifference, meanDifference], t: null, df: null, p: null, hedgesG: null };
  }
  const [v1, v2] = [(s1 * s1) / n1, (s2 * s2) / n2];
  const standardError = Math.sqrt(v1 + v2);
  const t = meanDifference / standardError;
  // Welch–Satterthwaite.
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  const halfWidth = studentTQuantile(0.975, df) * standardError;
  return {
    meanDifference,
    ci95: [meanDifference - halfWidth, meanDifference + halfWidth],
    t,
    df,
    p: studentTTwoSidedP(t, df),
    hedgesG: (hedgesCorrection(n1 + n2 - 2) * meanDifference) / pooledStandardDeviation(first, second),
  };
}
