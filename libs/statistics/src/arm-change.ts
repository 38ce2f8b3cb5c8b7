import { hedgesCorrection } from './effect-size';
import { InconsistentArmCountsError } from './errors';
import { baselineScores, changeScores, followUpScores, type ScorePair } from './pairs';
import { assessReliableChange, type ReliableChange } from './reliable-change';
import { mean, sampleStandardDeviation } from './sample';
import type { ConfidenceInterval, ScaleProperties } from './scale';
import { criticalT95, twoSidedP } from './student-t';

/** One arm's raw material, as the read model counts it (docs/statistics.md, "Which measurements count"). */
export interface ArmInput {
  /** Participants enrolled in the arm. */
  readonly enrolled: number;
  /** Enrolled participants with a non-null wave-0 score. */
  readonly withBaseline: number;
  /** The baseline and follow-up scores of each paired participant. */
  readonly pairs: readonly ScorePair[];
}

/** The within-arm part of an Outcome (docs/api.md), field for field. */
export interface ArmChange {
  readonly enrolled: number;
  readonly withBaseline: number;
  readonly paired: number;
  /** 1 − paired / withBaseline; null when withBaseline is 0. */
  readonly attrition: number | null;
  readonly baselineMean: number | null;
  readonly followUpMean: number | null;
  /** Mean of the changes dᵢ = followUpᵢ − baselineᵢ. */
  readonly meanChange: number | null;
  /** Sample standard deviation of dᵢ (denominator n − 1). */
  readonly sdChange: number | null;
  readonly ci95: ConfidenceInterval | null;
  /** Paired t statistic m / (s / √n). */
  readonly t: number | null;
  /** n − 1. */
  readonly df: number | null;
  /** Two-sided p of `t`. */
  readonly p: number | null;
  /** m / s. */
  readonly cohensDz: number | null;
  /** Cohen's dz times Hedges' J. */
  readonly hedgesGz: number | null;
  readonly reliableChange: ReliableChange | null;
}

/**
 * The change within one arm, per docs/statistics.md "Change within an arm" and "Reliable change".
 *
 * With fewer than two paired participants only the counts, attrition and means are given (the
 * means are null too without any). When every change is the same (s = 0), `t`, `p`, `cohensDz`
 * and `hedgesGz` are null and `ci95` is `[m, m]`.
 *
 * @throws InconsistentArmCountsError unless paired ≤ withBaseline ≤ enrolled, all whole numbers.
 */
export function analyseArmChange(arm: ArmInput, scale: ScaleProperties): ArmChange {
  const { enrolled, withBaseline, pairs } = arm;
  const paired = pairs.length;
  assertCountsNest(enrolled, withBaseline, paired);
  const changes = changeScores(pairs);
  const counts = {
    enrolled,
    withBaseline,
    paired,
    // One division, so exactly 30 % reads 0.3 (1 − 7/10 would give 0.30000000000000004).
    attrition: withBaseline === 0 ? null : (withBaseline - paired) / withBaseline,
    baselineMean: mean(baselineScores(pairs)),
    followUpMean: mean(followUpScores(pairs)),
    meanChange: mean(changes),
  };
  const m = counts.meanChange;
  const s = sampleStandardDeviation(changes);
  if (m === null || s === null) {
    return {
      ...counts,
      sdChange: null,
      ci95: null,
      t: null,
      df: null,
      p: null,
      cohensDz: null,
      hedgesGz: null,
      reliableChange: null,
    };
  }
  const df = paired - 1;
  const reliableChange = assessReliableChange(pairs, scale);
  if (s === 0) {
    return {
      ...counts,
      sdChange: 0,
      ci95: [m, m],
      t: null,
      df,
      p: null,
      cohensDz: null,
      hedgesGz: null,
      reliableChange,
    };
  }
  const standardError = s / Math.sqrt(paired);
  const margin = criticalT95(df) * standardError;
  const t = m / standardError;
  const cohensDz = m / s;
  return {
    ...counts,
    sdChange: s,
    ci95: [m - margin, m + margin],
    t,
    df,
    p: twoSidedP(t, df),
    cohensDz,
    hedgesGz: hedgesCorrection(df) * cohensDz,
    reliableChange,
  };
}

/** @throws InconsistentArmCountsError unless paired ≤ withBaseline ≤ enrolled, all whole numbers. */
export function assertCountsNest(enrolled: number, withBaseline: number, paired: number): void {
  const wholeNumbers = [enrolled, withBaseline].every((count) => Number.isInteger(count) && count >= 0);
  if (!wholeNumbers || paired > withBaseline || withBaseline > enrolled) {
    throw new InconsistentArmCountsError(enrolled, withBaseline, paired);
  }
}
