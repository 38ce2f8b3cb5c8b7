/** docs/statistics.md "Arithmetic": change scores live on a 1e-9 grid, so equal decimal changes are equal. */
export function roundToChangeGrid(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function isConstant(values: readonly number[]): boolean {
  return values.every((value) => value === values[0]);
}

/** Neumaier's compensated sum, so that the oracle's own rounding stays far below the 1e-6 it checks to. */
function compensatedSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/** The mean; of equal values, exactly that value (a sum divided back can miss it by one ulp). */
export function meanOf(values: readonly number[]): number {
  if (isConstant(values)) return values[0];
  return compensatedSum(values) / values.length;
}

/** The sample standard deviation (denominator n − 1), exactly 0 when all values are equal. */
export function sampleStandardDeviation(values: readonly number[]): number {
  if (isConstant(values)) return 0;
  const mean = meanOf(values);
  return Math.sqrt(compensatedSum(values.map((value) => (value - mean) ** 2)) / (values.length - 1));
}

/** Hedges' small-sample correction J = 1 − 3/(4·df − 1). */
export function hedgesCorrection(df: number): number {
  return 1 - 3 / (4 * df - 1);
}

/** The pooled standard deviation s_p of two samples, as in Hedges' g. */
export function pooledStandardDeviation(first: readonly number[], second: readonly number[]): number {
  const firstVariance = sampleStandardDeviation(first) ** 2;
  const secondVariance = sampleStandardDeviation(second) ** 2;
  return Math.sqrt(
    ((first.length - 1) * firstVariance + (second.length - 1) * secondVariance) / (first.length + second.length - 2),
  );
}
