import type { PairedArm } from './arm-statistics';
import type { AdjustedDifference } from './outcome-types';
import { studentTQuantile, studentTTwoSidedP } from './student-t';

/**
 * docs/statistics.md "Beyond one project": ordinary least squares of followUp on [1, arm, baseline],
 * solved here from the normal equations XᵀXβ = Xᵀy by Gauss–Jordan elimination with partial pivoting,
 * and (XᵀX)⁻¹ by the same elimination: the general route, where the statistics lib uses the ANCOVA
 * closed form. Null below 2 paired in an arm or when XᵀX is singular (no spread of the baselines
 * within the arms).
 */
export function adjustedDifference(intervention: PairedArm, comparison: PairedArm): AdjustedDifference | null {
  if (intervention.pairs.length < 2 || comparison.pairs.length < 2) return null;
  const rows = [
    ...intervention.pairs.map((pair) => ({ x: [1, 1, pair.baseline], y: pair.followUp })),
    ...comparison.pairs.map((pair) => ({ x: [1, 0, pair.baseline], y: pair.followUp })),
  ];
  const n = rows.length;
  const xtx = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((sum, row) => sum + row.x[i]! * row.x[j]!, 0)));
  const xty = [0, 1, 2].map((i) => rows.reduce((sum, row) => sum + row.x[i]! * row.y, 0));
  const inverse = invert(xtx);
  if (inverse === null) return null;
  const beta = inverse.map((row) => row.reduce((sum, value, j) => sum + value * xty[j]!, 0));
  const rss = rows.reduce(
    (sum, row) => sum + (row.y - row.x.reduce((fit, value, j) => fit + value * beta[j]!, 0)) ** 2,
    0,
  );
  const df = n - 3;
  const effect = beta[1]!;
  const scale = rows.reduce((sum, row) => sum + row.y * row.y, 0);
  const se = rss <= 1e-20 * Math.max(1, scale) ? 0 : Math.sqrt((rss / df) * inverse[1]![1]!);
  if (se === 0) return { meanDifference: effect, se: 0, ci95: [effect, effect], t: null, df, p: null };
  const t = effect / se;
  const margin = studentTQuantile(0.975, df) * se;
  return { meanDifference: effect, se, ci95: [effect - margin, effect + margin], t, df, p: studentTTwoSidedP(t, df) };
}

function invert(matrix: number[][]): number[][] | null {
  const size = matrix.length;
  const work = matrix.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  const largest = Math.max(...matrix.flat().map(Math.abs));
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(work[row]![column]!) > Math.abs(work[pivot]![column]!)) pivot = row;
    }
    if (Math.abs(work[pivot]![column]!) <= 1e-12 * largest) return null;
    [work[column], work[pivot]] = [work[pivot]!, work[column]!];
    const divisor = work[column]![column]!;
    work[column] = work[column]!.map((value) => value / divisor);
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = work[row]![column]!;
      work[row] = work[row]!.map((value, j) => value - factor * work[column]![j]!);
    }
  }
  return work.map((row) => row.slice(size));
}
