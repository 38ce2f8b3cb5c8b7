import { analyseArmChange, assertCountsNest, type ArmChange, type ArmInput } from './arm-change';
import { compareArms, type ArmDifference } from './arm-difference';
import { adjustForBaseline, type BaselineAdjustedDifference } from './baseline-adjusted-difference';
import { measureBaselineImbalance } from './baseline-imbalance';
import { assessEvidence, type EvidenceLevel, type OutcomeWarning, type Verdict } from './evidence';
import { detectableChangeOf, detectableDifferenceOf, type MinimumDetectableEffect } from './minimum-detectable-effect';
import type { ScaleDirection, ScaleReliability } from './scale';

/** Everything an Outcome is computed from: the instrument scale and each arm's counts and score pairs. */
export interface OutcomeInput {
  readonly direction: ScaleDirection;
  readonly reliability: ScaleReliability;
  /** An arm is null when nobody is enrolled in it. */
  readonly arms: { readonly intervention: ArmInput | null; readonly comparison: ArmInput | null };
}

/** An arm of an Outcome: its change, and the change it could have detected. */
export interface OutcomeArm extends ArmChange {
  readonly minimumDetectableEffect: MinimumDetectableEffect | null;
}

/** The `difference` of an Outcome: Welch's, the baseline-adjusted one beside it, and what it could have detected. */
export interface OutcomeDifference extends ArmDifference {
  readonly adjusted: BaselineAdjustedDifference | null;
  readonly minimumDetectableEffect: MinimumDetectableEffect | null;
}

/** The statistics of an Outcome (docs/api.md), with the field names and nesting of the API. */
export interface OutcomeStatistics {
  readonly direction: ScaleDirection;
  readonly arms: { readonly intervention: OutcomeArm | null; readonly comparison: OutcomeArm | null };
  /** Null unless both arms have at least two paired participants. */
  readonly difference: OutcomeDifference | null;
  readonly evidenceLevel: EvidenceLevel;
  readonly verdict: Verdict;
  readonly warnings: readonly OutcomeWarning[];
}

/**
 * Every statistic of an Outcome, as docs/statistics.md defines it: the change within each arm, their
 * Welch difference and its baseline-adjusted twin, the effects each could have detected, and the
 * evidence level, verdict and warnings that follow (which rest on the unadjusted difference).
 */
export function analyseOutcome(input: OutcomeInput): OutcomeStatistics {
  const { direction, reliability } = input;
  const interventionArm = enrolledOrNull(input.arms.intervention);
  const comparisonArm = enrolledOrNull(input.arms.comparison);
  const intervention = interventionArm && analyseArmChange(interventionArm, { direction, reliability });
  const comparison = comparisonArm && analyseArmChange(comparisonArm, { direction, reliability });
  const interventionPairs = interventionArm?.pairs ?? [];
  const comparisonPairs = comparisonArm?.pairs ?? [];
  const difference = compareArms(interventionPairs, comparisonPairs);
  const evidence = assessEvidence({
    direction,
    intervention,
    comparison,
    difference,
    baselineImbalance: measureBaselineImbalance(interventionPairs, comparisonPairs),
  });
  return {
    direction,
    arms: { intervention: withDetectableChange(intervention), comparison: withDetectableChange(comparison) },
    difference: difference && {
      ...difference,
      adjusted: adjustForBaseline(interventionPairs, comparisonPairs),
      minimumDetectableEffect: detectableDifferenceOf(intervention, comparison),
    },
    ...evidence,
  };
}

function withDetectableChange(arm: ArmChange | null): OutcomeArm | null {
  return arm && { ...arm, minimumDetectableEffect: detectableChangeOf(arm) };
}

/** docs/api.md: "An arm with no enrolled participant is null" (after checking its counts are consistent). */
function enrolledOrNull(arm: ArmInput | null): ArmInput | null {
  if (arm === null) return null;
  assertCountsNest(arm.enrolled, arm.withBaseline, arm.pairs.length);
  return arm.enrolled > 0 ? arm : null;
}
