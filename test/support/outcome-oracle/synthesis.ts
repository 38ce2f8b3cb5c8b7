import type { Direction, Interval } from './outcome-types';
import { studentTQuantile, studentTTwoSidedP } from './student-t';

export interface ExpectedSynthesis {
  projects: number;
  pooled: number;
  se: number;
  ci95: Interval;
  t: number | null;
  df: number;
  p: number | null;
  q: number;
  tau2: number;
  i2: number;
  predictionInterval: Interval | null;
  rows: { effect: number; variance: number; shrunken: number; rank: number }[];
}

/**
 * docs/statistics.md "Synthesis across projects", written out from the formulas: DerSimonian–Laird τ²,
 * the Hartung–Knapp–Sidik–Jonkman interval, I², the prediction interval, shrunken estimates and
 * ranks (1 = best in the direction; ties by row order). Null below 2 projects.
 */
export function computeSynthesis(
  estimates: readonly { effect: number; variance: number }[],
  direction: Direction,
): ExpectedSynthesis | null {
  const k = estimates.length;
  if (k < 2) return null;
  const y = estimates.map((estimate) => estimate.effect);
  const v = estimates.map((estimate) => estimate.variance);
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  const w = v.map((variance) => 1 / variance);
  const fixed = total(w.map((weight, i) => weight * y[i]!)) / total(w);
  const q = total(w.map((weight, i) => weight * (y[i]! - fixed) ** 2));
  const c = total(w) - total(w.map((weight) => weight * weight)) / total(w);
  const tau2 = Math.max(0, (q - (k - 1)) / c);
  const wStar = v.map((variance) => 1 / (variance + tau2));
  const pooled = total(wStar.map((weight, i) => weight * y[i]!)) / total(wStar);
  const se = Math.sqrt(total(wStar.map((weight, i) => weight * (y[i]! - pooled) ** 2)) / ((k - 1) * total(wStar)));
  const half = studentTQuantile(0.975, k - 1) * se;
  const t = se === 0 ? null : pooled / se;
  const predictionHalf = k >= 3 ? studentTQuantile(0.975, k - 2) * Math.sqrt(tau2 + 1 / total(wStar)) : null;
  const shrunken = y.map((effect, i) => pooled + (tau2 / (tau2 + v[i]!)) * (effect - pooled));
  const better = (a: number, b: number) => (direction === 'lower-is-better' ? a < b : a > b);
  const rank = shrunken.map(
    (value, i) => 1 + shrunken.filter((other, j) => better(other, value) || (other === value && j < i)).length,
  );
  return {
    projects: k,
    pooled,
    se,
    ci95: [pooled - half, pooled + half],
    t,
    df: k - 1,
    p: t === null ? null : studentTTwoSidedP(t, k - 1),
    q,
    tau2,
    i2: q === 0 ? 0 : Math.max(0, (q - (k - 1)) / q),
    predictionInterval: predictionHalf === null ? null : [pooled - predictionHalf, pooled + predictionHalf],
    rows: estimates.map((estimate, i) => ({ ...estimate, shrunken: shrunken[i]!, rank: rank[i]! })),
  };
}

/** Holm's step-down adjustment, nulls kept in place and left out of m (docs/statistics.md "Many rows at once"). */
export function computeHolm(pValues: readonly (number | null)[]): (number | null)[] {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null)
    .sort((a, b) => a.p - b.p || a.index - b.index);
  const m = order.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  order.forEach(({ index }, i) => {
    const candidates = order.slice(0, i + 1).map((entry, j) => (m - j) * entry.p);
    adjusted[index] = Math.min(1, Math.max(...candidates));
  });
  return adjusted;
}
