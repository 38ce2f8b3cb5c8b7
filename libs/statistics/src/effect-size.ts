/** Hedges' small-sample correction J = 1 − 3 / (4·df − 1) (Hedges 1981, as in docs/statistics.md). */
export function hedgesCorrection(degreesOfFreedom: number): number {
  return 1 - 3 / (4 * degreesOfFreedom - 1);
}
