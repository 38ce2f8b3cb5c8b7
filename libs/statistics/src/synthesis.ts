import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { orientChange, type ConfidenceInterval, type ScaleDirection } from './scale';
import { criticalT95, twoSidedP } from './student-t';

/** One project's estimate as a synthesis takes it: an effect in scale points and its variance. */
export interface ProjectEstimate {
  readonly effect: number;
  /** The squared standard error of `effect`; positive. */
  readonly variance: number;
}

/** A project's place in the synthesis: its own estimate, shrunk toward the pooled mean, and its rank. */
export interface SynthesisRow extends ProjectEstimate {
  /** The empirical-Bayes estimate μ + τ²/(τ² + v)·(y − μ). */
  readonly shrunken: number;
  /** 1 = best shrunken estimate in the scale's direction; ties keep the order of the rows. */
  readonly rank: number;
}

/** The random-effects synthesis of docs/statistics.md ("Synthesis across projects"). */
export interface Synthesis {
  /** K, the projects pooled. */
  readonly projects: number;
  /** μ, the random-effects mean. */
  readonly pooled: number;
  /** Hartung–Knapp–Sidik–Jonkman standard error of μ. */
  readonly se: number;
  readonly ci95: ConfidenceInterval;
  readonly t: number | null;
  /** K − 1. */
  readonly df: number;
  readonly p: number | null;
  /** Cochran's Q about the fixed-effect mean. */
  readonly q: number;
  /** DerSimonian–Laird between-project variance. */
  readonly tau2: number;
  /** The share of the spread that is heterogeneity rather than chance. */
  readonly i2: number;
  /** Where a new project's true effect would lie; null below 3 projects. */
  readonly predictionInterval: ConfidenceInterval | null;
  readonly rows: readonly SynthesisRow[];
}

/**
 * DerSimonian & Laird (1986) random effects over the projects' estimates, with the
 * Hartung–Knapp–Sidik–Jonkman interval (it holds its coverage with few projects where the normal
 * interval does not), Higgins' I², the prediction interval of Higgins, Thompson & Spiegelhalter (2009)
 * and each project's empirical-Bayes shrunken estimate and rank. Null with fewer than 2 estimates.
 */
export function synthesise(estimates: readonly ProjectEstimate[], direction: ScaleDirection): Synthesis | null {
  const k = estimates.length;
  if (k < 2) return null;
  const weights = estimates.map(({ variance }) => 1 / variance);
  const fixedMean = weightedMean(estimates, weights);
  const q = sum(estimates.map(({ effect }, i) => weights[i]! * (effect - fixedMean) ** 2));
  const sumW = sum(weights);
  const c = sumW - sum(weights.map((w) => w * w)) / sumW;
  const tau2 = Math.max(0, (q - (k - 1)) / c);
  const randomWeights = estimates.map(({ variance }) => 1 / (variance + tau2));
  const sumRandom = sum(randomWeights);
  const pooled = weightedMean(estimates, randomWeights);
  const df = k - 1;
  const se = Math.sqrt(
    sum(estimates.map(({ effect }, i) => randomWeights[i]! * (effect - pooled) ** 2)) / (df * sumRandom),
  );
  const margin = criticalT95(df) * se;
  const t = se === 0 ? null : pooled / se;
  const shrunken = estimates.map(({ effect, variance }) => pooled + (tau2 / (tau2 + variance)) * (effect - pooled));
  const ranks = ranksOf(shrunken, direction);
  return {
    projects: k,
    pooled,
    se,
    ci95: [pooled - margin, pooled + margin],
    t,
    df,
    p: t === null ? null : twoSidedP(t, df),
    q,
    tau2,
    i2: q === 0 ? 0 : Math.max(0, (q - df) / q),
    predictionInterval: k >= 3 ? predictionInterval(pooled, tau2 + 1 / sumRandom, k - 2) : null,
    rows: estimates.map((estimate, i) => ({ ...estimate, shrunken: shrunken[i]!, rank: ranks[i]! })),
  };
}

function predictionInterval(centre: number, variance: number, df: number): ConfidenceInterval {
  const margin = tQuantile(0.975, df) * Math.sqrt(variance);
  return [centre - margin, centre + margin];
}

/** 1 for the best value in the scale's direction; a stable sort keeps ties in the order of the rows. */
function ranksOf(values: readonly number[], direction: ScaleDirection): number[] {
  const order = values
    .map((value, index) => ({ goodness: orientChange(value, direction), index }))
    .sort((a, b) => b.goodness - a.goodness);
  const ranks: number[] = new Array<number>(values.length);
  order.forEach(({ index }, position) => (ranks[index] = position + 1));
  return ranks;
}

function weightedMean(estimates: readonly ProjectEstimate[], weights: readonly number[]): number {
  return sum(estimates.map(({ effect }, i) => weights[i]! * effect)) / sum(weights);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
