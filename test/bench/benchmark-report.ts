import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import type { ComparisonResult } from './alternating-rounds';
import { BATCHES_PER_STEP, SINGLE_APPENDS_PER_STEP } from './append-workloads';
import type { BenchSettings } from './bench-settings';
import type { MachineFacts } from './machine-facts';
import type { Spread } from './rate-summary';
import { REPLAY_PAGE_SIZE } from './trials';

export interface BenchmarkRun {
  readonly startedAt: Date;
  readonly machine: MachineFacts;
  readonly settings: BenchSettings;
  readonly eventBytes: { readonly data: number; readonly metadata: number };
  readonly results: readonly ComparisonResult[];
}

const FILE_HEADER = `# Benchmarks

\`npm run bench:store\` measures the event-store adapters against their drivers alone and
appends a section per run below; earlier runs are kept. BENCH_SCALE multiplies the event
counts, BENCH_ROUNDS and BENCH_WARMUP_ROUNDS set the rounds, BENCH_POSTGRES_URL (or
TEST_POSTGRES_URL) names the PostgreSQL server.
`;

const METHOD = `Each comparison runs the port and the driver alone (better-sqlite3, node-postgres) on the same
pre-built events. Every round sets up, untimed, a fresh SQLite file or PostgreSQL schema per side,
created by the port's own migration so that both write the same table and indexes (replay: both
read one seeded store). Within a round the sides take turns in timed steps (${SINGLE_APPENDS_PER_STEP} single appends,
${BATCHES_PER_STEP} batches, or a whole replay) in the order port, raw, raw, port…, who starts alternating between
rounds, so that both meet the same load from the rest of the machine. Before each step a minor
garbage collection empties the young generation, so that each side pays for its own garbage.
Warm-up rounds are discarded. The raw SQLite side keeps the port's durability (WAL,
synchronous = FULL) and runs a prepared INSERT of the same columns, one transaction per append;
the raw PostgreSQL side runs one INSERT per append (one row in autocommit, or all 100 rows in one
statement) through a pool like the port's. Raw replay is one SELECT in position order, stepped
row by row (SQLite) or fetched through a cursor (PostgreSQL), parsing the same JSON; the port
reads pages of ${REPLAY_PAGE_SIZE} through readAll. Rates are events per second; the ratio is port over raw
within each round, and its median is held against the goal.`;

/** The results as a Markdown table, padded to read in a terminal too. */
export function renderResultsTable(results: readonly ComparisonResult[]): string {
  const header = ['engine', 'workload', 'port ev/s', 'raw ev/s', 'port/raw', 'goal', 'result'];
  const rows = results.map(({ comparison, port, raw, ratio }) => [
    comparison.engine,
    comparison.workload,
    rates(port),
    rates(raw),
    `${percent(ratio.median)} (${percent(ratio.min)}–${percent(ratio.max)})`,
    `≥ ${percent(comparison.goal)}`,
    ratio.median >= comparison.goal ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The dated section a run adds to BENCHMARKS.md. */
export function renderRunSection(run: BenchmarkRun): string {
  const { machine, settings } = run;
  const postgres = machine.postgres.reachable
    ? `PostgreSQL ${machine.postgres.version} at ${machine.postgresServer} (${machine.postgres.durability})`
    : `PostgreSQL at ${machine.postgresServer} unreachable (${machine.postgres.reason}): its comparisons were not run`;
  return `
## Event store, ${run.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC

**Machine:** Node ${machine.node} on ${machine.os}; ${machine.cpus}; load average at start
${machine.loadAverage.map((load) => load.toFixed(2)).join(', ')} (1, 5, 15 min); SQLite ${machine.sqlite};
${postgres}.

**Run:** ${settings.warmUpRounds} warm-up and ${settings.rounds} measured rounds per comparison; each run
appends ${count(settings.singleAppendEvents)} single events, or ${count(settings.batches)} batches of ${settings.batchSize},
or replays ${count(settings.replayEvents)} events; an event is ${run.eventBytes.data} bytes of data JSON and
${run.eventBytes.metadata} of metadata JSON.

**Method:** ${METHOD}

Rates in events per second, median (min–max) over the measured rounds:

${renderResultsTable(run.results)}
`;
}

/** Appends the section, creating the file with its header on the first run. */
export function appendToBenchmarksFile(file: string, section: string): void {
  if (!existsSync(file)) writeFileSync(file, FILE_HEADER);
  appendFileSync(file, section);
}

function rates({ median, min, max }: Spread): string {
  return `${count(median)} (${count(min)}–${count(max)})`;
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)} %`;
}
