export type { ConfidenceInterval, ScaleDirection, ScaleProperties, ScaleReliability } from './scale';
export type { ScorePair } from './pairs';
export { analyseArmChange, type ArmChange, type ArmInput } from './arm-change';
export { classifyReliableChange, type ReliableChange, type ReliableChangeClass } from './reliable-change';
export { compareArms, type ArmDifference } from './arm-difference';
export { measureBaselineImbalance } from './baseline-imbalance';
export {
  assessEvidence,
  type EvidenceAssessment,
  type EvidenceInput,
  type EvidenceLevel,
  type OutcomeWarning,
  type Verdict,
} from './evidence';
export {
  analyseOutcome,
  type OutcomeArm,
  type OutcomeDifference,
  type OutcomeInput,
  type OutcomeStatistics,
} from './outcome';
export { detectableChangeOf, type MinimumDetectableEffect } from './minimum-detectable-effect';
export * from './errors';
export type { Partition } from './suppression/partition';
export * from './suppression/funder-suppression';
export { adjustForBaseline, type BaselineAdjustedDifference } from './baseline-adjusted-difference';
export { holmAdjust } from './holm';
export { noncentralTCdf } from './noncentral-t';
export {
  minimumDetectableEffect,
  type PairedCounts,
  planSampleSize,
  type PowerPlan,
  type PowerPlanRequest,
  powerOfTTest,
  type StudyDesign,
} from './power';
export { type ProjectEstimate, synthesise, type Synthesis, type SynthesisRow } from './synthesis';
