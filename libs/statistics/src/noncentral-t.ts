import betainc from '@stdlib/math-base-special-betainc';
import erfc from '@stdlib/math-base-special-erfc';
import gammaln from '@stdlib/math-base-special-gammaln';

// Local names: inside Jest's sandbox (where the e2e suites run the api) every lookup of the global
// Math costs about a hundred times a local one, and the series below makes thousands of them.
const { SQRT2, abs, exp, floor, log, log1p, max, min, sign } = Math;

// A weight below this can no longer move a probability (every incomplete beta is at most 1).
const NEGLIGIBLE_WEIGHT = 1e-18;
const MAX_TERMS = 100_000;

/**
 * P(T ≤ t) for T noncentral t with `degreesOfFreedom` ν > 0 and noncentrality δ.
 *
 * Lenth's series (Applied Statistics AS 243, 1989),
 * F(t) = Φ(−δ) + ½ Σⱼ [pⱼ·I_x(j + ½, ν/2) + qⱼ·I_x(j + 1, ν/2)] with x = t²/(t² + ν) and Poisson
 * weights of mean δ²/2, summed outward from the weights' mode as Boost's non_central_t does, so that a
 * large δ (where e^(−δ²/2) underflows, and R's pnt falls back to an approximation) stays exact. The
 * incomplete betas come from one direct evaluation at the mode and their recurrences in a on either side.
 * Absolute error near 1e-15: power planning asks no more.
 */
export function noncentralTCdf(t: number, degreesOfFreedom: number, noncentrality: number): number {
  if (t < 0) return 1 - upperSeries(-t, degreesOfFreedom, -noncentrality);
  return upperSeries(t, degreesOfFreedom, noncentrality);
}

function upperSeries(t: number, nu: number, delta: number): number {
  const start = standardNormalCdf(-delta);
  if (t === 0) return start;
  const x = (t * t) / (t * t + nu);
  const lambda = (delta * delta) / 2;
  const b = nu / 2;
  const mode = floor(lambda);
  const halves = new BetaSeries(x, mode + 0.5, b);
  const wholes = new BetaSeries(x, mode + 1, b);
  let halfWeight = poissonWeight(lambda, mode);
  // qⱼ = e^(−λ)·λʲ·δ / (√2·Γ(j + 3/2)) = sign(δ)·e^(−λ)·λ^(j + ½) / Γ(j + 3/2), as |δ|/√2 = √λ.
  let wholeWeight = lambda === 0 ? 0 : sign(delta) * exp(-lambda + (mode + 0.5) * log(lambda) - gammaln(mode + 1.5));
  let sum = 0;
  // Forward from the mode: I_x(a + 1, b) = I_x(a, b) − xᵃ(1 − x)ᵇ / (a·B(a, b)).
  let forwardHalf = halves.start();
  let forwardWhole = wholes.start();
  let pForward = halfWeight;
  let qForward = wholeWeight;
  for (let j = mode; j < mode + MAX_TERMS; j += 1) {
    sum += pForward * forwardHalf.value + qForward * forwardWhole.value;
    if (abs(pForward) + abs(qForward) < NEGLIGIBLE_WEIGHT && j > lambda) break;
    forwardHalf = halves.next(forwardHalf);
    forwardWhole = wholes.next(forwardWhole);
    pForward *= lambda / (j + 1);
    qForward *= lambda / (j + 1.5);
  }
  // Backward from the mode: I_x(a − 1, b) = I_x(a, b) + xᵃ⁻¹(1 − x)ᵇ / ((a − 1)·B(a − 1, b)).
  let backwardHalf = halves.start();
  let backwardWhole = wholes.start();
  for (let j = mode - 1; j >= 0; j -= 1) {
    backwardHalf = halves.previous(backwardHalf);
    backwardWhole = wholes.previous(backwardWhole);
    halfWeight *= (j + 1) / lambda;
    wholeWeight *= (j + 1.5) / lambda;
    sum += halfWeight * backwardHalf.value + wholeWeight * backwardWhole.value;
    if (abs(halfWeight) + abs(wholeWeight) < NEGLIGIBLE_WEIGHT) break;
  }
  return min(1, max(0, start + sum / 2));
}

/** e^(−λ)·λʲ/j!, with λ⁰ = 1 at λ = 0. */
function poissonWeight(lambda: number, j: number): number {
  if (lambda === 0) return j === 0 ? 1 : 0;
  return exp(-lambda + j * log(lambda) - gammaln(j + 1));
}

interface BetaTerm {
  /** a of I_x(a, b). */
  readonly a: number;
  /** I_x(a, b). */
  readonly value: number;
  /** xᵃ(1 − x)ᵇ / (a·B(a, b)) = I_x(a, b) − I_x(a + 1, b). */
  readonly step: number;
}

/** I_x(a, b) for a = a₀ ± 1, ± 2, …: one direct evaluation, then the recurrences in a. */
class BetaSeries {
  constructor(
    private readonly x: number,
    private readonly a0: number,
    private readonly b: number,
  ) {}

  start(): BetaTerm {
    const { x, a0: a, b } = this;
    const logStep = gammaln(a + b) - gammaln(a + 1) - gammaln(b) + a * log(x) + b * log1p(-x);
    return { a, value: betainc(x, a, b), step: exp(logStep) };
  }

  next({ a, value, step }: BetaTerm): BetaTerm {
    return { a: a + 1, value: max(0, value - step), step: (step * this.x * (a + this.b)) / (a + 1) };
  }

  previous({ a, value, step }: BetaTerm): BetaTerm {
    const previousStep = (step * a) / (this.x * (a - 1 + this.b));
    return { a: a - 1, value: value + previousStep, step: previousStep };
  }
}

/** Φ(z) through erfc, which keeps the lower tail's relative precision. */
export function standardNormalCdf(z: number): number {
  return erfc(-z / SQRT2) / 2;
}
