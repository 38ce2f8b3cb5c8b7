import type {
  EvidenceLevel,
  OutcomeArm,
  OutcomeDifference,
  OutcomeStatistics,
  OutcomeWarning,
  ScaleDirection,
  Verdict,
} from '@outcome/statistics';
import type { OutcomeScale } from './outcome-scale';

/** An arm as an answer shows it: every field of `OutcomeArm`, all null in a suppressed row. */
export type ArmAnswer = { readonly [Field in keyof OutcomeArm]: OutcomeArm[Field] | null };

/** An Outcome (docs/api.md "Reads"): every statistic of docs/statistics.md for one project or group. */
export interface OutcomeAnswer {
  readonly projectId: string | null;
  readonly instrument: string;
  readonly scale: string;
  readonly direction: ScaleDirection;
  /** The instant the answer describes. */
  readonly asOf: string;
  /** The last event position it includes, so that anyone can recompute it from the events. */
  readonly position: string | null;
  /** The follow-up wave compared with wave 0; null: each participant's latest. */
  readonly wave: number | null;
  readonly arms: { readonly intervention: ArmAnswer | null; readonly comparison: ArmAnswer | null };
  readonly difference: OutcomeDifference | null;
  readonly evidenceLevel: EvidenceLevel | null;
  readonly verdict: Verdict | null;
  readonly warnings: readonly OutcomeWarning[];
  readonly suppressed: boolean;
}

/** What every Outcome of one answer shares. */
export interface AnswerContext {
  readonly scale: OutcomeScale;
  readonly asOf: Date;
  readonly position: bigint | null;
  readonly wave: number | undefined;
}

export function outcomeAnswerOf(
  projectId: string | null,
  statistics: OutcomeStatistics,
  context: AnswerContext,
): OutcomeAnswer {
  return {
    ...headerOf(projectId, context),
    arms: statistics.arms,
    difference: statistics.difference,
    evidenceLevel: statistics.evidenceLevel,
    verdict: statistics.verdict,
    warnings: statistics.warnings,
    suppressed: false,
  };
}

/**
 * A row a funder may not see (docs/statistics.md "Suppression"): every count and statistic null, and
 * the evidence level and verdict too, since they would tell how many were paired.
 */
export function suppressedAnswerOf(
  projectId: string | null,
  statistics: OutcomeStatistics,
  context: AnswerContext,
): OutcomeAnswer {
  const hidden = (arm: OutcomeArm | null) => (arm === null ? null : withheldArm());
  return {
    ...headerOf(projectId, context),
    arms: { intervention: hidden(statistics.arms.intervention), comparison: hidden(statistics.arms.comparison) },
    difference: null,
    evidenceLevel: null,
    verdict: null,
    warnings: [],
    suppressed: true,
  };
}

function headerOf(projectId: string | null, { scale, asOf, position, wave }: AnswerContext) {
  return {
    projectId,
    instrument: scale.instrument,
    scale: scale.scale,
    direction: scale.direction,
    asOf: asOf.toISOString(),
    position: position?.toString() ?? null,
    wave: wave ?? null,
  };
}

/** An arm with every count and statistic withheld. */
export function withheldArm(): ArmAnswer {
  return {
    enrolled: null,
    withBaseline: null,
    paired: null,
    attrition: null,
    baselineMean: null,
    followUpMean: null,
    meanChange: null,
    sdChange: null,
    ci95: null,
    t: null,
    df: null,
    p: null,
    cohensDz: null,
    hedgesGz: null,
    reliableChange: null,
    minimumDetectableEffect: null,
  };
}
