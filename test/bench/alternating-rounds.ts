import { performance } from 'node:perf_hooks';
import type { BenchSettings } from './bench-settings';
import { collectAllGarbage, collectYoungGarbage } from './garbage-collection';
import { type Spread, spreadOf } from './rate-summary';

/** One side's work in a round, set up beforehand: only `step` is timed. */
export interface Trial {
  /** Does the next slice of the work; answers how many events it wrote or read, 0 once all is done. */
  step(): Promise<number>;
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

type Side = keyof Contestants;

/**
 * Runs warm-up rounds, then measured rounds, each on fresh files or schemas. Within a round the
 * sides take turns step by step (port, raw, raw, port, port, raw…; who starts alternates between
 * rounds), so that both meet the same load from the rest of the machine; the ratio is taken
 * within each round for the same reason.
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
      collectAllGarbage();
      const rate = await inTurns(contestants, round % 2 === 0 ? 'port' : 'raw').finally(() =>
        Promise.all([contestants.port.dispose(), contestants.raw.dispose()]),
      );
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

/** Events per second of each side, timing only their steps. */
async function inTurns(contestants: Contestants, first: Side): Promise<Record<Side, number>> {
  const events = { port: 0, raw: 0 };
  const seconds = { port: 0, raw: 0 };
  const working = new Set<Side>(['port', 'raw']);
  const order: Side[] = first === 'port' ? ['port', 'raw'] : ['raw', 'port'];
  while (working.size > 0) {
    for (const side of order.filter((side) => working.has(side))) {
      collectYoungGarbage();
      const started = performance.now();
      const stepped = await contestants[side].step();
      seconds[side] += (performance.now() - started) / 1000;
      if (stepped === 0) working.delete(side);
      events[side] += stepped;
    }
    order.reverse();
  }
  return { port: events.port / seconds.port, raw: events.raw / seconds.raw };
}
