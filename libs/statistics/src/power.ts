import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { noncentralTCdf } from './noncentral-t';

/** A before–after design compares each participant with themselves; a controlled one, two arms' changes. */
export type StudyDesign = 'before-after' | 'controlled';

/** The paired participants a t-test would have: one count before–after, one per arm when controlled. */
export type PairedCounts =
  | { readonly design: 'before-after'; readonly paired: number }
  | { readonly design: 'controlled'; readonly intervention: number; readonly comparison: number };

/** A plan's question: how many to enrol to show a standardised effect d with this power (docs/statistics.md). */
export interface PowerPlanRequest {
  readonly design: StudyDesign;
  /** The standardised effect d to be shown (its sign does not matter: the test is two-sided). */
  readonly effectSize: number;
  /** The power to reach, between 0 and 1. */
  readonly power: number;
  /** The two-sided significance level. */
  readonly alpha: number;
  /** The share of those enrolled expected to leave before their follow-up, from 0 up to 1. */
  readonly attrition: number;
}

/** How many people each arm needs: paired at the follow-up, and enrolled to get there. */
export interface PowerPlan {
  readonly pairedPerArm: number;
  readonly enrolPerArm: number;
  /** The power at `pairedPerArm`: at least the target. */
  readonly achievedPower: number;
}

/** docs/statistics.md: the minimum detectable effect has power 0.8 at α = 0.05. */
export const DETECTABLE_POWER = 0.8;
export const DEFAULT_ALPHA = 0.05;
/** "null … when not even d = 10 would reach 0.8". */
const LARGEST_DETECTABLE_EFFECT = 10;
/** No plan looks further; a smaller effect would need more people than any project enrols. */
const MOST_PAIRED_PER_ARM = 100_000_000;

/**
 * The power of the two-sided t-test of a design at standardised effect d:
 * P(T > t₁₋α/₂,df) + P(T < −t₁₋α/₂,df) for T noncentral t. Before–after: df = n − 1, ncp = d·√n;
 * controlled: df = n₁ + n₂ − 2, ncp = d·√(n₁n₂/(n₁ + n₂)).
 */
export function powerOfTTest(counts: PairedCounts, effectSize: number, alpha = DEFAULT_ALPHA): number {
  return powerCurve(counts, alpha)(effectSize);
}

/** The power of one design's test as a function of d, with its critical value found once. */
function powerCurve(counts: PairedCounts, alpha: number): (effectSize: number) => number {
  const { df, scale } = degreesAndScale(counts);
  const critical = tQuantile(1 - alpha / 2, df);
  return (effectSize) => {
    const noncentrality = effectSize * scale;
    return 1 - noncentralTCdf(critical, df, noncentrality) + noncentralTCdf(-critical, df, noncentrality);
  };
}

function degreesAndScale(counts: PairedCounts): { df: number; scale: number } {
  if (counts.design === 'before-after') return { df: counts.paired - 1, scale: Math.sqrt(counts.paired) };
  const { intervention: n1, comparison: n2 } = counts;
  return { df: n1 + n2 - 2, scale: Math.sqrt((n1 * n2) / (n1 + n2)) };
}

/**
 * The smallest number paired per arm (at least 2, equal arms when controlled) whose power reaches the
 * target, and how many to enrol for it: ⌈paired / (1 − attrition)⌉. Null when no count up to a
 * hundred million would do (an effect of 0, or one too small to plan for).
 */
export function planSampleSize(request: PowerPlanRequest): PowerPlan | null {
  const powerAt = (n: number) => powerOfTTest(countsOf(request.design, n), Math.abs(request.effectSize), request.alpha);
  // Power grows with n: double until the target is reached, then halve the gap.
  let enough = 2;
  while (powerAt(enough) < request.power) {
    if (enough >= MOST_PAIRED_PER_ARM) return null;
    enough *= 2;
  }
  let tooFew = enough === 2 ? 1 : enough / 2;
  while (enough - tooFew > 1) {
    const middle = Math.floor((tooFew + enough) / 2);
    if (powerAt(middle) >= request.power) enough = middle;
    else tooFew = middle;
  }
  return {
    pairedPerArm: enough,
    // One division and a tolerance, so that 80 paired at 20 % drop-out is 100 and not 101.
    enrolPerArm: Math.ceil(enough / (1 - request.attrition) - 1e-9),
    achievedPower: powerAt(enough),
  };
}

function countsOf(design: StudyDesign, perArm: number): PairedCounts {
  return design === 'before-after' ? { design, paired: perArm } : { design, intervention: perArm, comparison: perArm };
}

/**
 * The standardised effect d that the test of these counts detects with power 0.8 at α = 0.05; null
 * when a count is below 2 or when not even d = 10 would reach 0.8. Power grows with d, so the root is
 * bracketed in [0, 10] and found by the Illinois variant of false position (a dozen evaluations
 * where bisection needs forty, which matters on every Outcome of a read).
 */
export function minimumDetectableEffect(counts: PairedCounts): number | null {
  const key = counts.design === 'before-after' ? `${counts.paired}` : `${counts.intervention}:${counts.comparison}`;
  const known = DETECTABLE_EFFECTS.get(key);
  if (known !== undefined) return known;
  if (DETECTABLE_EFFECTS.size >= MOST_REMEMBERED) DETECTABLE_EFFECTS.clear();
  const found = searchDetectableEffect(counts);
  DETECTABLE_EFFECTS.set(key, found);
  return found;
}

// The effect depends on the counts alone, and every read of an Outcome asks for it again: remember
// the last few thousand, so that a grouped answer over many projects costs one search per new count.
const DETECTABLE_EFFECTS = new Map<string, number | null>();
const MOST_REMEMBERED = 4096;

function searchDetectableEffect(counts: PairedCounts): number | null {
  const smallest = counts.design === 'before-after' ? counts.paired : Math.min(counts.intervention, counts.comparison);
  if (smallest < 2) return null;
  const power = powerCurve(counts, DEFAULT_ALPHA);
  const shortfall = (d: number) => power(d) - DETECTABLE_POWER;
  // Start beside the normal approximation (z₀.₉₇₅ + z₀.₈)/√(effective n) and widen by a fifth until
  // the root is bracketed, so that the search works on a short, nearly straight piece of the curve.
  let high = Math.min(LARGEST_DETECTABLE_EFFECT, NORMAL_APPROXIMATION_NUMERATOR / degreesAndScale(counts).scale);
  let atHigh = shortfall(high);
  let low = high;
  let atLow = atHigh;
  while (atHigh < 0) {
    if (high === LARGEST_DETECTABLE_EFFECT) return null;
    [low, atLow] = [high, atHigh];
    high = Math.min(LARGEST_DETECTABLE_EFFECT, high * 1.2);
    atHigh = shortfall(high);
  }
  while (atLow >= 0) {
    [high, atHigh] = [low, atLow];
    low /= 1.2;
    atLow = shortfall(low);
  }
  return rootBetween(shortfall, [low, atLow], [high, atHigh]);
}

const NORMAL_APPROXIMATION_NUMERATOR = 1.959963984540054 + 0.8416212335729143;

/** The root of an increasing f between a point below 0 and one at or above it, to 1e-13 in x. */
function rootBetween(
  f: (x: number) => number,
  [lowX, lowY]: [number, number],
  [highX, highY]: [number, number],
): number {
  let side = 0;
  for (let i = 0; i < 200 && highX - lowX > 1e-13 * Math.max(1, highX); i++) {
    const x = Math.min(highX, Math.max(lowX, (lowX * highY - highX * lowY) / (highY - lowY)));
    const y = f(x);
    if (Math.abs(y) < 1e-14) return x;
    if (y < 0) {
      [lowX, lowY] = [x, y];
      if (side === -1) highY /= 2;
      side = -1;
    } else {
      [highX, highY] = [x, y];
      if (side === 1) lowY /= 2;
      side = 1;
    }
  }
  return (lowX + highX) / 2;
}
