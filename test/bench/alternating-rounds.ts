import { performance } from 'node:perf_hooks';
import type { BenchSettings } from './bench-settings';
import { type Spread, spreadOf } from './rate-summary';

/** One side's run, set up beforehand: only `run` is timed. */
export interface Trial {
  /** Does the work and answers how many events it wrote or read. */
  run(): Promise<number>;
  dispose(): Promise<void>;
}

/** The two sides of one round, each on its own fresh file, schema or connection. */
export interface Contestants {
  readonly port: Trial;
  readonly raw: Trial;
}

/** What a comparison needs for its whole life: a database, a seeded store, a folder. */
export interface ComparisonFixture {
  nextRound(): Promise<Contestants>;
  close(): Promise<void>;
}

/** The port against the driver alone, doing the same work on the same data. */
export interface Comparison {
  readonly engine: 'SQLite' | 'PostgreSQL';
  readonly workload: string;
  /** The smallest port/raw rate ratio that meets the goal. */
  readonly goal: number;
  open(): Promise<ComparisonFixture>;
}

export interface ComparisonResult {
  readonly comparison: Comparison;
  /** Events per second. */
  readonly port: Spread;
  readonly raw: Spread;
  /** Port rate over raw rate within each round. */
  readonly ratio: Spread;
}

export type Progress = (line: string) => void;

/**
 * Runs warm-up rounds, then measured rounds, each timing the port and the raw side back to
 * back and swapping which goes first, so that drift in the machine's load hits both sides alike.
 * The ratio is taken within each round, where both sides saw the same conditions.
 */
export async function compareInAlternatingRounds(
  comparison: Comparison,
  settings: BenchSettings,
  progress: Progress,
): Promise<ComparisonResult> {
  const fixture = await comparison.open();
  const rates = { port: [] as number[], raw: [] as number[] };
  try {
    const total = settings.warmUpRounds + settings.rounds;
    for (let round = 0; round < total; round++) {
      const contestants = await fixture.nextRound();
      const order = round % 2 === 0 ? (['port', 'raw'] as const) : (['raw', 'port'] as const);
      const rate = { port: 0, raw: 0 };
      try {
        for (const side of order) rate[side] = await eventsPerSecond(contestants[side]);
      } finally {
        await Promise.all([contestants.port.dispose(), contestants.raw.dispose()]);
      }
      const warmingUp = round < settings.warmUpRounds;
      if (!warmingUp) {
        rates.port.push(rate.port);
        rates.raw.push(rate.raw);
      }
      progress(
        `${comparison.engine} ${comparison.workload}: round ${round + 1}/${total}${warmingUp ? ' (warm-up)' : ''}` +
          ` port ${Math.round(rate.port)} ev/s, raw ${Math.round(rate.raw)} ev/s`,
      );
    }
  } finally {
    await fixture.close();
  }
  return {
    comparison,
    port: spreadOf(rates.port),
    raw: spreadOf(rates.raw),
    ratio: spreadOf(rates.port.map((port, round) => port / rates.raw[round]!)),
  };
}

async function eventsPerSecond(trial: Trial): Promise<number> {
  const started = performance.now();
  const events = await trial.run();
  return events / ((performance.now() - started) / 1000);
}
