/** Percentiles of a set of request times, in milliseconds. */
export interface Latencies {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Nearest-rank percentiles. */
export function latenciesOf(times: readonly number[]): Latencies {
  if (times.length === 0) throw new Error('No times to summarise');
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { count: sorted.length, p50: rank(0.5), p95: rank(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}
