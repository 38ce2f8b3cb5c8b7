const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchSettings {
  /** Measured rounds per comparison; each round runs the port once and the raw side once. */
  readonly rounds: number;
  /** Rounds run first and thrown away: JIT, page cache and connection pools warm up. */
  readonly warmUpRounds: number;
  /** Events appended one per call, per run. */
  readonly singleAppendEvents: number;
  /** Batches of `batchSize` events appended per run. */
  readonly batches: number;
  readonly batchSize: number;
  /** Events in the store that each replay run reads from start to end. */
  readonly replayEvents: number;
  /** A PostgreSQL server and a role allowed to create and drop the benchmark's databases. */
  readonly postgresAdminUrl: string;
}

/**
 * Reads the environment: BENCH_SCALE multiplies every event count (default 1, a little over a minute
 * on two cores), BENCH_ROUNDS and BENCH_WARMUP_ROUNDS set the rounds, BENCH_POSTGRES_URL (or
 * TEST_POSTGRES_URL) the PostgreSQL server.
 */
export function readBenchSettings(env: NodeJS.ProcessEnv): BenchSettings {
  const scale = positiveNumber(env, 'BENCH_SCALE', 1);
  const scaled = (count: number): number => Math.max(1, Math.round(count * scale));
  return {
    rounds: positiveInteger(env, 'BENCH_ROUNDS', 9),
    warmUpRounds: positiveInteger(env, 'BENCH_WARMUP_ROUNDS', 1),
    singleAppendEvents: scaled(500),
    batches: scaled(80),
    batchSize: 100,
    // Whole thousands: the store is seeded a thousand events per append.
    replayEvents: scaled(50) * 1000,
    postgresAdminUrl: env.BENCH_POSTGRES_URL ?? env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL,
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, not "${text}"`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveNumber(env, name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, not "${env[name]}"`);
  return value;
}
