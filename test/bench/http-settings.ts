/** What `npm run bench:http` runs; every figure can be set from the environment. */
export interface HttpBenchSettings {
  /** Participants enrolled per project; measurement writes are timed in each project. */
  readonly projectSizes: readonly number[];
  /** Concurrent keep-alive connections of the load generator. */
  readonly connections: readonly number[];
  /** Seconds each timed cell lasts. */
  readonly cellSeconds: number;
  /** Measured rounds: each runs every cell once, in an order that alternates between rounds. */
  readonly rounds: number;
  /** Seconds of writes at the most connections while V8's profiler samples the server. */
  readonly profileSeconds: number;
  /** Where the section goes: appended to BENCHMARKS.md, or only printed (for a trial run). */
  readonly report: 'file' | 'stdout';
}

/**
 * BENCH_HTTP_SIZES (default 100,3000), BENCH_HTTP_CONNECTIONS (1,10), BENCH_HTTP_SECONDS (4 per
 * cell), BENCH_HTTP_ROUNDS (3), BENCH_HTTP_PROFILE_SECONDS (4): about five minutes on two cores.
 * BENCH_HTTP_REPORT=stdout prints the section without appending it to BENCHMARKS.md.
 */
export function readHttpBenchSettings(env: NodeJS.ProcessEnv): HttpBenchSettings {
  return {
    projectSizes: integers(env, 'BENCH_HTTP_SIZES', [100, 3000]),
    connections: integers(env, 'BENCH_HTTP_CONNECTIONS', [1, 10]),
    cellSeconds: integers(env, 'BENCH_HTTP_SECONDS', [4])[0]!,
    rounds: integers(env, 'BENCH_HTTP_ROUNDS', [3])[0]!,
    profileSeconds: integers(env, 'BENCH_HTTP_PROFILE_SECONDS', [4])[0]!,
    report: env['BENCH_HTTP_REPORT'] === 'stdout' ? 'stdout' : 'file',
  };
}

function integers(env: NodeJS.ProcessEnv, name: string, fallback: readonly number[]): readonly number[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(`${name} must be whole numbers above 0, separated by commas: "${raw}"`);
  }
  return values;
}
