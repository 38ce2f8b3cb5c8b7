// Student's t distribution from the regularized incomplete beta function, written here
// rather than taken from @stdlib so that the oracle shares no code with the statistics it checks.

const MAX_CONTINUED_FRACTION_TERMS = 100_000;
const CONTINUED_FRACTION_EPSILON = 1e-16;
const TINY = 1e-300;
const LARGE_SHAPE = 1000;

/** Stirling's correction ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], for z ≥ 10 (error below 1e-16). */
function stirlingCorrection(z: number): number {
  const inverseSquare = 1 / (z * z);
  const series =
    1 / 12 +
    inverseSquare *
      (-1 / 360 +
        inverseSquare *
          (1 / 1260 +
            inverseSquare *
              (-1 / 1680 + inverseSquare * (1 / 1188 + inverseSquare * (-691 / 360360 + inverseSquare / 156)))));
  return series / z;
}

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(z) for z > 0: the recurrence Γ(z) = Γ(z + k) / (z(z + 1)…(z + k − 1)) lifts z to where Stirling's series holds. */
export function logGamma(z: number): number {
  let shift = 0;
  let lifted = z;
  while (lifted < 10) {
    shift += Math.log(lifted);
    lifted += 1;
  }
  return (lifted - 0.5) * Math.log(lifted) - lifted + HALF_LOG_TWO_PI + stirlingCorrection(lifted) - shift;
}

/**
 * ln B(a, b). For large arguments ln Γ(a) and ln Γ(a + b) are huge and nearly equal; their
 * difference is taken from Stirling's form directly (as R's lbeta does) to keep relative precision.
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (small >= 10) {
    const sum = small + large;
    return (
      -0.5 * Math.log(large) +
      HALF_LOG_TWO_PI +
      stirlingCorrection(small) +
      stirlingCorrection(large) -
      stirlingCorrection(sum) +
      (small - 0.5) * Math.log(small / sum) +
      large * Math.log1p(-small / sum)
    );
  }
  if (large >= 10) {
    const sum = small + large;
    return (
      logGamma(small) +
      stirlingCorrection(large) -
      stirlingCorrection(sum) +
      small -
      small * Math.log(sum) +
      (large - 0.5) * Math.log1p(-small / sum)
    );
  }
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** The continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes, `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const sum = a + b;
  let c = 1;
  let d = 1 - (sum * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= MAX_CONTINUED_FRACTION_TERMS; m++) {
    const twoM = 2 * m;
    const evenTerm = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + evenTerm * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + evenTerm / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    fraction *= d * c;
    const oddTerm = (-(a + m) * (sum + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + oddTerm * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + oddTerm / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < CONTINUED_FRACTION_EPSILON) return fraction;
  }
  throw new Error(`the incomplete beta continued fraction did not converge for a=${a}, b=${b}, x=${x}`);
}

/** A point x of (0, 1) with its complement and both logarithms, each formed without cancellation. */
export interface BetaArgument {
  x: number;
  complement: number;
  logX: number;
  logComplement: number;
}

export function betaArgument(x: number): BetaArgument {
  return { x, complement: 1 - x, logX: Math.log(x), logComplement: Math.log1p(-x) };
}

/**
 * I_x(a, b). The continued fraction converges fast only for x < (a + 1)/(a + b + 2); beyond,
 * I_x(a, b) = 1 − I_{1−x}(b, a) (Numerical Recipes, `betai`).
 */
export function regularizedIncompleteBeta(a: number, b: number, argument: BetaArgument): number {
  const { x, complement, logX, logComplement } = argument;
  if (x <= 0) return 0;
  if (complement <= 0) return 1;
  // With a in the hundreds of thousands, a·ln x must come from an exact ln x: ln of a rounded x is off by a·1e-16.
  const front = Math.exp(a * logX + b * logComplement - logBeta(a, b));
  // For large a, x is within 1e-5 of 1 and keeps only ~11 digits of its distance from 1, on which I_x
  // hangs; the complement side reads that distance exactly, so it is preferred further out (1e-10 → 4e-11 at df 1e6).
  const complementSideReach = a > LARGE_SHAPE ? 2 : 1;
  if (complement > (complementSideReach * (b + 1)) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, complement)) / b;
}

function assertDegreesOfFreedom(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`degrees of freedom must be positive, not ${df}`);
}

/** P(|T| ≥ |t|) for Student's t with df degrees of freedom. */
export function studentTTwoSidedP(t: number, df: number): number {
  assertDegreesOfFreedom(df);
  const ratio = (t * t) / df;
  // P(|T| ≥ |t|) = I_x(df/2, 1/2) with x = df/(df + t²) = 1/(1 + t²/df).
  const argument: BetaArgument = {
    x: 1 / (1 + ratio),
    complement: ratio / (1 + ratio),
    logX: -Math.log1p(ratio),
    logComplement: Math.log(ratio) - Math.log1p(ratio),
  };
  return regularizedIncompleteBeta(df / 2, 0.5, argument);
}

/** P(T ≥ t). */
export function studentTUpperTail(t: number, df: number): number {
  const half = studentTTwoSidedP(t, df) / 2;
  return t >= 0 ? half : 1 - half;
}

/** P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  return studentTUpperTail(-t, df);
}

/** The density of Student's t. */
export function studentTDensity(t: number, df: number): number {
  assertDegreesOfFreedom(df);
  return Math.exp(-logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The t with P(T ≤ t) = probability, by Newton's method kept inside a bracket that bisection
 * shrinks whenever a Newton step would leave it.
 */
export function studentTQuantile(probability: number, df: number): number {
  assertDegreesOfFreedom(df);
  if (!(probability > 0 && probability < 1)) throw new RangeError(`probability must lie in (0, 1), not ${probability}`);
  if (probability === 0.5) return 0;
  // Solve in the upper tail of the symmetric distribution, where the target keeps its relative precision.
  const upperTail = probability > 0.5 ? 1 - probability : probability;
  const sign = probability > 0.5 ? 1 : -1;
  let low = 0;
  let high = 1;
  while (studentTUpperTail(high, df) > upperTail) {
    low = high;
    high *= 2;
  }
  let t = (low + high) / 2;
  for (let iteration = 0; iteration < 500; iteration++) {
    const excess = studentTUpperTail(t, df) - upperTail;
    if (excess === 0) break;
    if (excess > 0) low = t;
    else high = t;
    const newton = t + excess / studentTDensity(t, df);
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(next) || high - low <= 1e-15 * high) {
      t = next;
      break;
    }
    t = next;
  }
  return sign * t;
}
