import { logGamma, studentTQuantile } from './student-t';

// Local names: inside Jest's sandbox every lookup of the global Math costs about a hundred times a
// local one, and the quadrature below makes millions of them.
const { PI, SQRT2, abs, exp, log, min, sqrt } = Math;

// Simpson's rule over s = √(V/ν), V ~ χ²_ν: the power written as an expectation, so that the oracle
// shares nothing with the series the statistics lib sums.
const INTERVALS = 2000;

/** Φ(x), from the series of erf near 0 and the continued fraction of erfc in the tails. */
export function normalCdf(x: number): number {
  const z = abs(x) / SQRT2;
  const upper = z < 2.5 ? 1 - erfSeries(z) : erfcContinuedFraction(z);
  return x >= 0 ? 1 - upper / 2 : upper / 2;
}

function erfSeries(z: number): number {
  let term = z;
  let sum = z;
  for (let n = 1; n < 200; n++) {
    term *= (-z * z) / n;
    const contribution = term / (2 * n + 1);
    sum += contribution;
    if (abs(contribution) < 1e-17 * abs(sum)) break;
  }
  return (2 / sqrt(PI)) * sum;
}

/** erfc(z) = e^(−z²)/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))), by Lentz's method. */
function erfcContinuedFraction(z: number): number {
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = z + a * d;
    d = abs(d) < tiny ? tiny : d;
    c = z + a / c;
    c = abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (abs(delta - 1) < 1e-16) break;
  }
  return exp(-z * z) / (sqrt(PI) * f);
}

/** The density of s = √(V/ν) for V ~ χ²_ν; `logNormaliser` = (ν/2)·ln 2 + ln Γ(ν/2). */
function spreadDensity(s: number, df: number, logNormaliser: number): number {
  if (s === 0) return df === 1 ? 2 / sqrt(2 * PI) : 0;
  return exp(log(2 * df * s) + (df / 2 - 1) * log(df * s * s) - (df * s * s) / 2 - logNormaliser);
}

interface Quadrature {
  readonly critical: number;
  readonly points: Float64Array;
  /** Simpson's weight times the density at each point. */
  readonly weights: Float64Array;
}

// One quadrature per df and α: a search for the minimum detectable effect evaluates the power a dozen times.
const QUADRATURES = new Map<string, Quadrature>();

function quadratureFor(df: number, alpha: number): Quadrature {
  const key = `${df}:${alpha}`;
  const known = QUADRATURES.get(key);
  if (known) return known;
  const upper = 1 + 15 / sqrt(2 * df) + (df < 3 ? 10 : 0);
  const h = upper / INTERVALS;
  const logNormaliser = (df / 2) * log(2) + logGamma(df / 2);
  const points = new Float64Array(INTERVALS + 1);
  const weights = new Float64Array(INTERVALS + 1);
  for (let i = 0; i <= INTERVALS; i++) {
    points[i] = i * h;
    const simpson = i === 0 || i === INTERVALS ? 1 : i % 2 === 1 ? 4 : 2;
    weights[i] = ((simpson * h) / 3) * spreadDensity(points[i]!, df, logNormaliser);
  }
  const quadrature = { critical: studentTQuantile(1 - alpha / 2, df), points, weights };
  QUADRATURES.set(key, quadrature);
  return quadrature;
}

/**
 * Power of the two-sided t-test with df degrees of freedom and noncentrality ncp at level alpha:
 * E[Φ(ncp − c·s) + Φ(−ncp − c·s)] over s = √(V/ν), c = t₁₋α/₂,df (docs/statistics.md "Power").
 */
export function powerByIntegration(df: number, noncentrality: number, alpha = 0.05): number {
  const { critical, points, weights } = quadratureFor(df, alpha);
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    if (weights[i] === 0) continue;
    const s = points[i]!;
    sum += weights[i]! * (normalCdf(noncentrality - critical * s) + normalCdf(-noncentrality - critical * s));
  }
  return sum;
}

/**
 * The standardised effect with power 0.8 at α = 0.05 for a test of df degrees of freedom whose
 * noncentrality is d·scale; null when not even d = 10 reaches 0.8. Bracketed on a doubling grid,
 * then found by the Illinois variant of false position.
 */
export function detectableEffect(df: number, scale: number): number | null {
  const key = `${df}:${scale}`;
  if (!KNOWN_EFFECTS.has(key)) KNOWN_EFFECTS.set(key, searchDetectableEffect(df, scale));
  return KNOWN_EFFECTS.get(key)!;
}

// The end-to-end suites ask for the same counts again and again.
const KNOWN_EFFECTS = new Map<string, number | null>();

function searchDetectableEffect(df: number, scale: number): number | null {
  const shortfall = (d: number) => powerByIntegration(df, d * scale) - 0.8;
  let [low, lowValue] = [0, -0.75];
  let high = 0.125;
  let highValue = shortfall(high);
  while (highValue < 0) {
    if (high === 10) return null;
    [low, lowValue] = [high, highValue];
    high = min(10, high * 2);
    highValue = shortfall(high);
  }
  let side = 0;
  for (let i = 0; i < 100 && high - low > 1e-12; i++) {
    const x = (low * highValue - high * lowValue) / (highValue - lowValue);
    const value = shortfall(x);
    if (abs(value) < 1e-13) return x;
    if (value < 0) {
      [low, lowValue] = [x, value];
      if (side === -1) highValue /= 2;
      side = -1;
    } else {
      [high, highValue] = [x, value];
      if (side === 1) lowValue /= 2;
      side = 1;
    }
  }
  return (low + high) / 2;
}
