/** Which way a scale's scores point when the participant is better off. */
export type ScaleDirection = 'lower-is-better' | 'higher-is-better';

/**
 * What the instrument says about a scale's measurement error (docs/instruments.md): a reliability
 * coefficient r, a fixed standard error of measurement (SWEMWBS metric), or neither.
 */
export type ScaleReliability =
  { readonly kind: 'reliability'; readonly r: number } | { readonly kind: 'sem'; readonly sem: number } | null;

/** The properties of the instrument scale that the statistics depend on. */
export interface ScaleProperties {
  readonly direction: ScaleDirection;
  readonly reliability: ScaleReliability;
}

/** A 95 % confidence interval as `[lower, upper]`. */
export type ConfidenceInterval = readonly [lower: number, upper: number];

/** Where an interval lies relative to 0, read in the scale's direction. */
export type SideOfZero = 'good' | 'bad' | 'straddles';

/** A change turned so that a positive value means the participant is better off. */
export function orientChange(change: number, direction: ScaleDirection): number {
  return direction === 'higher-is-better' ? change : -change;
}

/** An interval that touches 0 does not rule out "no change", so both bounds must clear 0 strictly. */
export function sideOfZero([lower, upper]: ConfidenceInterval, direction: ScaleDirection): SideOfZero {
  const bounds = [orientChange(lower, direction), orientChange(upper, direction)];
  if (Math.min(...bounds) > 0) return 'good';
  if (Math.max(...bounds) < 0) return 'bad';
  return 'straddles';
}
