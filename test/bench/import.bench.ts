import { execFile, execSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendToBenchmarksFile } from './benchmark-report';
import { cellsOf, csvOf, djg6Rows } from '../e2e/support/import-rows';

/** `npm run bench:import`: the cli's import of 10,000 and 100,000 rows on the embedded default (BENCH_IMPORT_ROWS overrides). */

const ROOT = join(__dirname, '..', '..');
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? '10000,100000').split(',').map(Number);
const GOAL_ROWS_PER_SECOND = 2_000;
const ROWS_PER_CHUNK = 2_000;
/** A key of the benchmark's own, so that its throwaway folders leave no key file in the user's configuration. */
const KEY_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

interface Timed<T> {
  readonly answer: T;
  /** Wall seconds of the whole process, start-up included. */
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

interface ImportAnswer {
  readonly imported: number;
  readonly alreadyImported: number;
  readonly events: number;
  readonly seconds: number;
}

interface SizeResult {
  readonly rows: number;
  readonly first: Timed<ImportAnswer>;
  readonly second: Timed<ImportAnswer>;
}

/** Runs the cli under GNU time, which reports the process's peak resident memory. */
function cli<T>(args: readonly string[], dataDir: string): Promise<Timed<T>> {
  const command = [process.execPath, '-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), ...args, '--json'];
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/time',
      ['-f', 'TIME %M %e %U %S', ...command],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, DATA_DIR: dataDir, DEMO: '0', LOG_LEVEL: 'silent', KEY_ENCRYPTION_KEY },
        maxBuffer: 1 << 28,
      },
      (error, stdout, stderr) => {
        const timing = /TIME (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
        if (error || !timing) return reject(new Error(`cli ${args.join(' ')} failed: ${stderr}`));
        resolve({
          answer: JSON.parse(stdout) as T,
          peakRssMb: Number(timing[1]) / 1024,
          wallSeconds: Number(timing[2]),
          cpuSeconds: Number(timing[3]) + Number(timing[4]),
        });
      },
    );
  });
}

/** The CSV, written a chunk at a time: half the participants in each arm, a baseline and a follow-up each. */
async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const all = djg6Rows(rows / 2);
  for (let start = 0; start < all.length; start += ROWS_PER_CHUNK) {
    const text = csvOf(all.slice(start, start + ROWS_PER_CHUNK).map((row) => cellsOf(row, 'codes')));
    if (!out.write(start === 0 ? text : text.slice(text.indexOf('\n') + 1))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

async function measure(rows: number): Promise<SizeResult> {
  const folder = mkdtempSync(join(tmpdir(), 'outcome-ledger-bench-import-'));
  try {
    await cli(['demo'], folder);
    await cli(['export', '--all', '--out', join(folder, 'all.ndjson')], folder);
    const registered = readFileSync(join(folder, 'all.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('"ProjectRegistered"'))
      .map((line) => JSON.parse(line) as { data: { projectId: string; instruments: string[] } })
      .find((event) => event.data.instruments.includes('djg-6'))!;
    const file = join(folder, 'import.csv');
    await writeCsv(file, rows);
    const args = ['import', file, '--project', registered.data.projectId];
    process.stderr.write(`  importing ${rows.toLocaleString('en-GB')} rows…\n`);
    const first = await cli<ImportAnswer>(args, folder);
    process.stderr.write(`  and again…\n`);
    const second = await cli<ImportAnswer>(args, folder);
    return { rows, first, second };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

function render(results: readonly SizeResult[], startedAt: Date, load: readonly number[]): string {
  const n = (value: number, digits = 0) =>
    value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rate = (result: SizeResult) => result.rows / result.first.answer.seconds;
  const rows = results.map((result) =>
    [
      n(result.rows),
      n(result.first.answer.events),
      n(result.first.answer.seconds, 1),
      n(rate(result)),
      n(result.first.cpuSeconds, 1),
      n(result.first.peakRssMb),
      n(result.second.answer.seconds, 1),
      n(result.second.answer.alreadyImported),
      n(result.second.peakRssMb),
    ].join(' | '),
  );
  const largest = results[results.length - 1]!;
  const smallest = results[0]!;
  const growth = largest.first.peakRssMb / smallest.first.peakRssMb;
  return `
## Import, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC

Commit ${commit()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${load.map((value) => value.toFixed(2)).join(' / ')} at the start.

Method: \`npm run bench:import\` loads the demo into a fresh data folder (embedded default: SQLite events, keys and
views), writes a CSV of N rows for one of its DJG-6 projects (N/2 new participants, half in each arm, a baseline and
a follow-up each, answers as codes), and runs \`npm run cli -- import <file> --project <id> --json\` in a process of
its own under GNU time, then the same command again (which must import nothing). "import s" is the command's own
measure, from opening the stores to the last append (the process's start-up and TypeScript loading, about 1.5 s,
are left out); rows/s is N over it. CPU is the process's user + system seconds; peak RSS is GNU time's maximum
resident set size of the whole process.

| rows | events written | import s | rows/s | CPU s | peak RSS MB | re-run s | re-run skipped | re-run peak RSS MB |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row} |`).join('\n')}

Goals: ≥ ${n(GOAL_ROWS_PER_SECOND)} rows/s at ${n(largest.rows)} rows: ${rate(largest) >= GOAL_ROWS_PER_SECOND ? 'MET' : 'MISSED'} (${n(rate(largest))} rows/s);
flat memory: peak RSS ${n(largest.first.peakRssMb)} MB at ${n(largest.rows)} rows against ${n(smallest.first.peakRssMb)} MB at ${n(smallest.rows)}
(× ${n(growth, 2)} for × ${n(largest.rows / smallest.rows)} the rows): ${growth <= 1.5 ? 'MET' : 'MISSED'}.
`;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const load = loadavg();
  const results: SizeResult[] = [];
  for (const rows of SIZES) results.push(await measure(rows));
  const section = render(results, startedAt, load);
  appendToBenchmarksFile(join(ROOT, 'BENCHMARKS.md'), section);
  process.stdout.write(section);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
