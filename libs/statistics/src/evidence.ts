import type { ArmChange } from './arm-change';
import type { ArmDifference } from './arm-difference';
import { sideOfZero, type ScaleDirection, type SideOfZero } from './scale';

/** How much an Outcome can say: only a comparison group can show an effect. */
export type EvidenceLevel = 'insufficient-data' | 'before-after' | 'controlled';

/** The verdict; controlled and before-after verdicts use different words on purpose (docs/statistics.md). */
export type Verdict =
  | 'insufficient-data'
  | 'effective'
  | 'no-detectable-effect'
  | 'harmful'
  | 'scores-improved'
  | 'no-detectable-change'
  | 'scores-worsened';

/**
 * Reasons to read an Outcome with care, in the order docs/statistics.md lists them; the last is added
 * across the rows of one answer (libs/application), not by `assessEvidence`.
 */
export type OutcomeWarning =
  'small-sample' | 'high-attrition' | 'no-comparison-group' | 'baseline-imbalance' | 'multiple-comparisons';

/** What `assessEvidence` weighs: the analysed arms (null when nobody is enrolled) and their difference. */
export interface EvidenceInput {
  readonly direction: ScaleDirection;
  readonly intervention: ArmChange | null;
  readonly comparison: ArmChange | null;
  readonly difference: ArmDifference | null;
  /** From `measureBaselineImbalance`. */
  readonly baselineImbalance: number | null;
}

/** The evidence level, verdict and warnings of an Outcome. */
export interface EvidenceAssessment {
  readonly evidenceLevel: EvidenceLevel;
  readonly verdict: Verdict;
  readonly warnings: readonly OutcomeWarning[];
}

// docs/statistics.md, "Evidence level, verdict, warnings". "Fewer than" and "at least" read as written;
// "> 0.3" and "> 0.25" are strict.
const MIN_PAIRED_FOR_VERDICT = 10;
const MIN_PAIRED_NOT_SMALL = 30;
const MIN_PAIRED_FOR_COMPARISON_GROUP = 2;
const MAX_BASELINE_IMBALANCE = 0.25;

const CONTROLLED_VERDICTS: Record<SideOfZero, Verdict> = {
  good: 'effective',
  bad: 'harmful',
  straddles: 'no-detectable-effect',
};
const BEFORE_AFTER_VERDICTS: Record<SideOfZero, Verdict> = {
  good: 'scores-improved',
  bad: 'scores-worsened',
  straddles: 'no-detectable-change',
};

/**
 * The evidence level, verdict and warnings of docs/statistics.md: `controlled` needs 10 paired in each
 * arm, `before-after` 10 in the intervention arm. An interval that touches 0 counts as showing no
 * effect or change.
 */
export function assessEvidence(input: EvidenceInput): EvidenceAssessment {
  const evidenceLevel = levelOf(input);
  return { evidenceLevel, verdict: verdictOf(evidenceLevel, input), warnings: warningsOf(evidenceLevel, input) };
}

function levelOf({ intervention, comparison }: EvidenceInput): EvidenceLevel {
  if (pairedIn(intervention) < MIN_PAIRED_FOR_VERDICT) return 'insufficient-data';
  return pairedIn(comparison) >= MIN_PAIRED_FOR_VERDICT ? 'controlled' : 'before-after';
}

function verdictOf(level: EvidenceLevel, { direction, intervention, difference }: EvidenceInput): Verdict {
  if (level === 'controlled' && difference !== null) {
    return CONTROLLED_VERDICTS[sideOfZero(difference.ci95, direction)];
  }
  if (level === 'before-after' && intervention?.ci95) {
    return BEFORE_AFTER_VERDICTS[sideOfZero(intervention.ci95, direction)];
  }
  return 'insufficient-data';
}

function warningsOf(level: EvidenceLevel, input: EvidenceInput): OutcomeWarning[] {
  const { intervention, comparison, baselineImbalance } = input;
  const warnings: OutcomeWarning[] = [];
  if (pairedIn(intervention) < MIN_PAIRED_NOT_SMALL) warnings.push('small-sample');
  if ([intervention, comparison].some(hasHighAttrition)) warnings.push('high-attrition');
  if (pairedIn(comparison) < MIN_PAIRED_FOR_COMPARISON_GROUP) warnings.push('no-comparison-group');
  if (level === 'controlled' && baselineImbalance !== null && baselineImbalance > MAX_BASELINE_IMBALANCE) {
    warnings.push('baseline-imbalance');
  }
  return warnings;
}

function pairedIn(arm: ArmChange | null): number {
  return arm?.paired ?? 0;
}

/** attrition > 0.3, compared in whole numbers: 1 − 7/10 is 0.30000000000000004 in floating point. */
function hasHighAttrition(arm: ArmChange | null): boolean {
  return arm !== null && 10 * (arm.withBaseline - arm.paired) > 3 * arm.withBaseline;
}
