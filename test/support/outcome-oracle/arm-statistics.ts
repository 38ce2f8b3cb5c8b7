import type { ArmData, ArmOutcome, Direction, ParticipantScores, Reliability, ReliableChange } from './outcome-types';
import { hedgesCorrection, meanOf, roundToChangeGrid, sampleStandardDeviation } from './sample-moments';
import { detectableEffect } from './power';
import { studentTQuantile, studentTTwoSidedP } from './student-t';

export interface ScorePair {
  baseline: number;
  followUp: number;
  /** followUp − baseline on the 1e-9 grid. */
  change: number;
}

export interface PairedArm {
  enrolled: number;
  withBaseline: number;
  pairs: ScorePair[];
}

function scoreAt(participant: ParticipantScores, wave: number): number | null {
  const score = participant.waves[wave];
  return score === undefined ? null : score;
}

function followUpScore(participant: ParticipantScores, wave: number | undefined): number | null {
  if (wave !== undefined) return scoreAt(participant, wave);
  const scoredWaves = Object.keys(participant.waves)
    .map(Number)
    .filter((candidate) => candidate > 0 && scoreAt(participant, candidate) !== null);
  return scoredWaves.length === 0 ? null : scoreAt(participant, Math.max(...scoredWaves));
}

/** docs/statistics.md "Which measurements count": who is enrolled, has a baseline, and is paired. */
export function pairArm(arm: ArmData, wave: number | undefined): PairedArm {
  let withBaseline = 0;
  const pairs: ScorePair[] = [];
  for (const participant of arm.participants) {
    const baseline = scoreAt(participant, 0);
    if (baseline === null) continue;
    withBaseline++;
    const followUp = followUpScore(participant, wave);
    if (followUp === null) continue;
    pairs.push({ baseline, followUp, change: roundToChangeGrid(followUp - baseline) });
  }
  return { enrolled: arm.participants.length, withBaseline, pairs };
}

export function isImprovement(change: number, direction: Direction): boolean {
  return direction === 'lower-is-better' ? change < 0 : change > 0;
}

export function isWorsening(change: number, direction: Direction): boolean {
  return direction === 'lower-is-better' ? change > 0 : change < 0;
}

/** Jacobson & Truax (1991): a change beyond 1.96 standard errors of a difference of two measurements. */
function reliableChangeOf(
  pairs: readonly ScorePair[],
  reliability: Reliability,
  direction: Direction,
): ReliableChange | null {
  if (reliability === null) return null;
  const sem =
    reliability.kind === 'sem'
      ? reliability.sem
      : sampleStandardDeviation(pairs.map((pair) => pair.baseline)) * Math.sqrt(1 - reliability.r);
  const threshold = 1.96 * Math.SQRT2 * sem;
  const shareOf = (counts: (change: number) => boolean) =>
    pairs.filter((pair) => counts(pair.change) && Math.abs(pair.change) > threshold).length / pairs.length;
  return {
    threshold,
    improved: shareOf((change) => isImprovement(change, direction)),
    deteriorated: shareOf((change) => isWorsening(change, direction)),
  };
}

/** docs/statistics.md "Change within an arm" for one arm with at least one enrolled participant. */
export function armStatistics(arm: PairedArm, reliability: Reliability, direction: Direction): ArmOutcome {
  const { enrolled, withBaseline, pairs } = arm;
  const n = pairs.length;
  const counts = {
    enrolled,
    withBaseline,
    paired: n,
    // In one division, so that 7 of 10 lost is exactly 0.3 (docs/statistics.md "Arithmetic").
    attrition: withBaseline === 0 ? null : (withBaseline - n) / withBaseline,
  };
  const nothingBeyondCounts = {
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
  if (n === 0) {
    return { ...counts, baselineMean: null, followUpMean: null, meanChange: null, ...nothingBeyondCounts };
  }
  const changes = pairs.map((pair) => pair.change);
  const means = {
    baselineMean: meanOf(pairs.map((pair) => pair.baseline)),
    followUpMean: meanOf(pairs.map((pair) => pair.followUp)),
    meanChange: meanOf(changes),
  };
  if (n < 2) return { ...counts, ...means, ...nothingBeyondCounts };

  const m = means.meanChange;
  const s = sampleStandardDeviation(changes);
  const df = n - 1;
  const reliableChange = reliableChangeOf(pairs, reliability, direction);
  const d = detectableEffect(df, Math.sqrt(n));
  const minimumDetectableEffect = d === null ? null : { d, points: d * s };
  if (s === 0) {
    return {
      ...counts,
      ...means,
      sdChange: 0,
      ci95: [m, m],
      t: null,
      df,
      p: null,
      cohensDz: null,
      hedgesGz: null,
      reliableChange,
      minimumDetectableEffect,
    };
  }
  const standardError = s / Math.sqrt(n);
  const t = m / standardError;
  const halfWidth = studentTQuantile(0.975, df) * standardError;
  const cohensDz = m / s;
  return {
    ...counts,
    ...means,
    sdChange: s,
    ci95: [m - halfWidth, m + halfWidth],
    t,
    df,
    p: studentTTwoSidedP(t, df),
    cohensDz,
    hedgesGz: hedgesCorrection(df) * cohensDz,
    reliableChange,
    minimumDetectableEffect,
  };
}
