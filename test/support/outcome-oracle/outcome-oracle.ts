import { armDifference } from './arm-difference';
import { armStatistics, pairArm, type PairedArm } from './arm-statistics';
import type {
  ArmDifference,
  ArmOutcome,
  Direction,
  EvidenceLevel,
  ExpectedOutcome,
  Interval,
  OutcomeInput,
  OutcomeWarning,
  Verdict,
} from './outcome-types';
import { meanOf, pooledStandardDeviation } from './sample-moments';

const MINIMUM_PAIRED_FOR_A_VERDICT = 10;
const MINIMUM_PAIRED_FOR_A_LARGE_SAMPLE = 30;
const MINIMUM_PAIRED_FOR_A_COMPARISON = 2;
const ATTRITION_LIMIT = 0.3;
const BASELINE_IMBALANCE_LIMIT = 0.25;

function pairedCount(arm: PairedArm | null): number {
  return arm === null ? 0 : arm.pairs.length;
}

function evidenceLevelOf(intervention: PairedArm | null, comparison: PairedArm | null): EvidenceLevel {
  if (pairedCount(intervention) < MINIMUM_PAIRED_FOR_A_VERDICT) return 'insufficient-data';
  return pairedCount(comparison) >= MINIMUM_PAIRED_FOR_A_VERDICT ? 'controlled' : 'before-after';
}

/** Which side of 0 an interval lies wholly on; one that touches 0 lies on neither. */
function sideOfZero(interval: Interval, direction: Direction): 'good' | 'bad' | 'neither' {
  const [low, high] = interval;
  const [goodIfBelow, goodIfAbove] =
    direction === 'lower-is-better' ? (['good', 'bad'] as const) : (['bad', 'good'] as const);
  if (high < 0) return goodIfBelow;
  if (low > 0) return goodIfAbove;
  return 'neither';
}

function verdictOf(
  level: EvidenceLevel,
  direction: Direction,
  intervention: ArmOutcome | null,
  difference: ArmDifference | null,
): Verdict {
  if (level === 'insufficient-data') return 'insufficient-data';
  if (level === 'controlled') {
    const side = sideOfZero((difference as ArmDifference).ci95, direction);
    return side === 'good' ? 'effective' : side === 'bad' ? 'harmful' : 'no-detectable-effect';
  }
  const side = sideOfZero((intervention as ArmOutcome).ci95 as Interval, direction);
  return side === 'good' ? 'scores-improved' : side === 'bad' ? 'scores-worsened' : 'no-detectable-change';
}

/**
 * |difference of baseline means| / pooled baseline SD over the paired participants. Where every
 * baseline is equal the spec's ratio is undefined: equal means are taken as balanced, unequal ones
 * (an infinite ratio) as imbalanced.
 */
function hasBaselineImbalance(intervention: PairedArm, comparison: PairedArm): boolean {
  const first = intervention.pairs.map((pair) => pair.baseline);
  const second = comparison.pairs.map((pair) => pair.baseline);
  const meanDifference = Math.abs(meanOf(first) - meanOf(second));
  const pooled = pooledStandardDeviation(first, second);
  if (pooled === 0) return meanDifference > 0;
  return meanDifference / pooled > BASELINE_IMBALANCE_LIMIT;
}

function warningsOf(
  level: EvidenceLevel,
  intervention: PairedArm | null,
  comparison: PairedArm | null,
  armOutcomes: (ArmOutcome | null)[],
): OutcomeWarning[] {
  const warnings: OutcomeWarning[] = [];
  if (pairedCount(intervention) < MINIMUM_PAIRED_FOR_A_LARGE_SAMPLE) warnings.push('small-sample');
  if (armOutcomes.some((arm) => arm !== null && arm.attrition !== null && arm.attrition > ATTRITION_LIMIT)) {
    warnings.push('high-attrition');
  }
  if (pairedCount(comparison) < MINIMUM_PAIRED_FOR_A_COMPARISON) warnings.push('no-comparison-group');
  if (level === 'controlled' && hasBaselineImbalance(intervention as PairedArm, comparison as PairedArm)) {
    warnings.push('baseline-imbalance');
  }
  return warnings;
}

/**
 * The statistical fields of an Outcome, computed from the scores alone by docs/statistics.md, for
 * end-to-end tests to hold the API's answer against. An arm with no enrolled participant is null.
 */
export function computeOutcome(input: OutcomeInput): ExpectedOutcome {
  const { direction, reliability, wave } = input;
  const pairOrNull = (arm: OutcomeInput['arms']['intervention']) =>
    arm === null || arm.participants.length === 0 ? null : pairArm(arm, wave);
  const intervention = pairOrNull(input.arms.intervention);
  const comparison = pairOrNull(input.arms.comparison);
  const statisticsOrNull = (arm: PairedArm | null) =>
    arm === null ? null : armStatistics(arm, reliability, direction);
  const arms = { intervention: statisticsOrNull(intervention), comparison: statisticsOrNull(comparison) };
  const difference = intervention !== null && comparison !== null ? armDifference(intervention, comparison) : null;
  const evidenceLevel = evidenceLevelOf(intervention, comparison);
  return {
    direction,
    arms,
    difference,
    evidenceLevel,
    verdict: verdictOf(evidenceLevel, direction, arms.intervention, difference),
    warnings: warningsOf(evidenceLevel, intervention, comparison, [arms.intervention, arms.comparison]),
  };
}
