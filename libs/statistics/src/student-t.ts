import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Two-sided p of Student's t; df may be fractional (Welch). */
export function twoSidedP(t: number, degreesOfFreedom: number): number {
  // The lower tail keeps its relative precision for tiny p, where 1 − cdf(|t|) would cancel to 0.
  return 2 * tCdf(-Math.abs(t), degreesOfFreedom);
}

/** t₀.₉₇₅ with the given degrees of freedom: the multiplier of the standard error in a 95 % interval. */
export function criticalT95(degreesOfFreedom: number): number {
  return tQuantile(0.975, degreesOfFreedom);
}
