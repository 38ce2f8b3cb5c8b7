import type { DatasetShape } from './views-dataset';

/** The two sizes: ten thousand and a million measurements, of the same shape. */
export const SMALL: DatasetShape = {
  label: '10k',
  organisations: 1,
  projectsPerOrganisation: 10,
  participantsPerProject: 100,
};
export const LARGE: DatasetShape = {
  label: '1M',
  organisations: 100,
  projectsPerOrganisation: 10,
  participantsPerProject: 100,
};

export interface ViewsBenchSettings {
  /** Measured requests per query variant, after the warm-ups. */
  readonly trials: number;
  readonly warmUps: number;
  /** Whole-store replays per side (port, adapter) of the 10k store, and of the 1M store. */
  readonly replayRounds: number;
  readonly largeReplayRounds: number;
  /** How long the measured rebuild of the 1M store runs before it is stopped; 0: until it has caught up. */
  readonly rebuildSeconds: number;
  /** In-process timings of each part of each query, after as many warm-ups as a tenth of them. */
  readonly breakdownTrials: number;
  /** Folder for the run's data folders (each run makes its own inside it, and removes it after). */
  readonly workDir: string | undefined;
  /** Keep the data folders after the run, to look at them. */
  readonly keepData: boolean;
}

/**
 * BENCH_VIEWS_TRIALS (default 300) and BENCH_VIEWS_WARMUPS (30) set the requests per query
 * variant, BENCH_VIEWS_REPLAY_ROUNDS (5) and BENCH_VIEWS_LARGE_REPLAY_ROUNDS (1) the replays,
 * BENCH_VIEWS_REBUILD_SECONDS (180, to keep the run under 15 minutes; 0: until it has caught up, about
 * seven minutes on two cores) how long the 1M rebuild may run, BENCH_VIEWS_BREAKDOWN_TRIALS (100) the
 * in-process timings; BENCH_VIEWS_DIR names where the data folders go (the system's temporary
 * folder by default) and BENCH_VIEWS_KEEP=1 keeps them. The datasets' sizes are the issue's and
 * are not settings.
 */
export function readViewsBenchSettings(env: NodeJS.ProcessEnv): ViewsBenchSettings {
  return {
    trials: positiveInteger(env, 'BENCH_VIEWS_TRIALS', 300),
    warmUps: positiveInteger(env, 'BENCH_VIEWS_WARMUPS', 30),
    replayRounds: positiveInteger(env, 'BENCH_VIEWS_REPLAY_ROUNDS', 5),
    largeReplayRounds: positiveInteger(env, 'BENCH_VIEWS_LARGE_REPLAY_ROUNDS', 1),
    rebuildSeconds: wholeNumber(env, 'BENCH_VIEWS_REBUILD_SECONDS', 180),
    breakdownTrials: positiveInteger(env, 'BENCH_VIEWS_BREAKDOWN_TRIALS', 100),
    workDir: env.BENCH_VIEWS_DIR || undefined,
    keepData: env.BENCH_VIEWS_KEEP === '1',
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = wholeNumber(env, name, fallback);
  if (value < 1) throw new Error(`${name} must be a positive whole number, not "${env[name]}"`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}
