import type { ArmChange } from './arm-change';
import { minimumDetectableEffect } from './power';

/** The effect a test of these counts detects with power 0.8 at α = 0.05, standardised and in scale points. */
export interface MinimumDetectableEffect {
  /** Standardised: Cohen's dz within an arm, d over the pooled SD of the changes between arms. */
  readonly d: number;
  /** d in the scale's own points: d × sdChange, or d × s_p for the difference. */
  readonly points: number;
}

/** An arm's minimum detectable change (docs/statistics.md, "Power and the minimum detectable effect"). */
export function detectableChangeOf(arm: ArmChange | null): MinimumDetectableEffect | null {
  if (arm === null || arm.sdChange === null) return null;
  const d = minimumDetectableEffect({ design: 'before-after', paired: arm.paired });
  return d === null ? null : { d, points: d * arm.sdChange };
}

/** The minimum detectable difference between the arms' changes, in units of their pooled SD s_p. */
export function detectableDifferenceOf(
  intervention: ArmChange | null,
  comparison: ArmChange | null,
): MinimumDetectableEffect | null {
  if (intervention?.sdChange == null || comparison?.sdChange == null) return null;
  const [n1, n2] = [intervention.paired, comparison.paired];
  const d = minimumDetectableEffect({ design: 'controlled', intervention: n1, comparison: n2 });
  if (d === null) return null;
  const pooledSd = Math.sqrt(
    ((n1 - 1) * intervention.sdChange ** 2 + (n2 - 1) * comparison.sdChange ** 2) / (n1 + n2 - 2),
  );
  return { d, points: d * pooledSd };
}
