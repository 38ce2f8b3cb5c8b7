import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchChild } from './bench-child';
import { appendToBenchmarksFile } from './benchmark-report';
import { summariseCpuProfile } from './cpu-profile-summary';
import type { HttpApiChildRequest } from './http-api.child';
import { applyLoad, type LoadRequest } from './http-load';
import { type CellResult, type HttpRun, renderHttpSection } from './http-report';
import { readHttpBenchSettings } from './http-settings';
import {
  type BenchProject,
  createOrganisationToken,
  createProject,
  MEASURED,
  WRITTEN_PARTICIPANTS,
} from './http-setup';
import { readMachineFacts } from './machine-facts';

const BENCHMARKS_FILE = join(__dirname, '..', '..', 'BENCHMARKS.md');
const ADMIN_TOKEN = 'bench-http-admin-token-0123456789abcdef01234567';
const POSTGRES_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Functions whose inclusive time the write profile reports. */
export const PROFILED_WRITE_FUNCTIONS = [
  'handleCommand',
  'readStream',
  'appendToStreams',
  'seal',
  'open',
  'canActivate',
  'intercept',
  'transform',
  'validate',
];

const log = (line: string) => console.log(line);

/** A timed cell: which server, how many connections, what each request is. */
interface Cell {
  readonly name: string;
  readonly server: 'bare' | 'api';
  readonly connections: number;
  readonly next: () => LoadRequest;
}

async function main(): Promise<void> {
  const settings = readHttpBenchSettings(process.env);
  const startedAt = new Date();
  const machine = await readMachineFacts(POSTGRES_URL);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const api = BenchChild.start('http-api.child.ts', [dataDir, JSON.stringify({ ADMIN_TOKEN })], { progress: log });
  const bare = BenchChild.start('http-bare.child.ts', [], { progress: log });
  try {
    const apiUrl = `http://127.0.0.1:${await api.ask<number>({ kind: 'port' } satisfies HttpApiChildRequest)}`;
    const bareUrl = `http://127.0.0.1:${await bare.ask<number>({ kind: 'port' })}`;
    const token = await createOrganisationToken(apiUrl, ADMIN_TOKEN);
    const projects: BenchProject[] = [];
    for (const size of settings.projectSizes) {
      log(`enrolling a project of ${size}…`);
      projects.push(await createProject(apiUrl, token, size));
      log(`  ${Math.round(projects.at(-1)!.enrolmentsPerSecond)} enrolments/s`);
    }
    const cells = cellsOf(projects, settings.connections);
    const urls = { api: apiUrl, bare: bareUrl };
    const children = { api, bare };
    const tokens = { api: token, bare: token };

    log('warm-up: every cell for one second');
    for (const cell of cells) await applyLoad(urls[cell.server], tokens[cell.server], cell.connections, 1, cell.next);

    const results = new Map<string, CellResult[]>(cells.map((cell) => [cell.name, []]));
    for (let round = 0; round < settings.rounds; round++) {
      for (const cell of round % 2 === 0 ? cells : [...cells].reverse()) {
        const child = children[cell.server];
        const cpuBefore = await child.ask<number>({ kind: 'cpu' });
        const load = await applyLoad(
          urls[cell.server],
          tokens[cell.server],
          cell.connections,
          settings.cellSeconds,
          cell.next,
        );
        const cpuMicros = (await child.ask<number>({ kind: 'cpu' })) - cpuBefore;
        results
          .get(cell.name)!
          .push({ ...load, cpuMsPerRequest: load.answered ? cpuMicros / 1000 / load.answered : 0 });
        log(
          `  round ${round + 1} ${cell.name}: ${Math.round(load.perSecond)}/s, p99 ${load.p99Ms} ms, ${load.failed} failed`,
        );
      }
    }

    const profileFile = process.env['BENCH_HTTP_PROFILE_FILE'] ?? join(dataDir, 'write.cpuprofile');
    const profiled = cells.find(
      (cell) => cell.name === writeCellName(projects[0]!, Math.max(...settings.connections)),
    )!;
    await api.ask({ kind: 'startProfile' } satisfies HttpApiChildRequest);
    const profiledLoad = await applyLoad(apiUrl, token, profiled.connections, settings.profileSeconds, profiled.next);
    await api.ask({ kind: 'stopProfile', file: profileFile } satisfies HttpApiChildRequest);
    const profile = summariseCpuProfile(profileFile, PROFILED_WRITE_FUNCTIONS, 15);

    const run: HttpRun = {
      startedAt,
      machine,
      settings,
      projects,
      cells: cells.map(({ name, server, connections }) => ({ name, server, connections, results: results.get(name)! })),
      profile: { cell: profiled.name, requests: profiledLoad.answered, summary: profile },
      peakMemoryBytes: {
        api: await api.ask<number>({ kind: 'peakMemory' } satisfies HttpApiChildRequest),
        bare: await bare.ask<number>({ kind: 'peakMemory' }),
      },
    };
    const section = renderHttpSection(run);
    log(section);
    appendToBenchmarksFile(BENCHMARKS_FILE, section);
  } finally {
    await Promise.all([api.stop(), bare.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function cellsOf(projects: readonly BenchProject[], connections: readonly number[]): Cell[] {
  const cells: Cell[] = [];
  const bareBody = JSON.stringify({
    instrument: 'djg-6',
    wave: 0,
    takenOn: '2026-02-01',
    responses: MEASURED['djg-6'],
  });
  for (const count of connections) {
    cells.push({
      name: `bare POST, ${count} conn.`,
      server: 'bare',
      connections: count,
      next: () => ({ method: 'POST', path: '/bare', body: bareBody }),
    });
  }
  for (const project of projects) {
    const next = measurementsIn(project);
    for (const count of connections)
      cells.push({ name: writeCellName(project, count), server: 'api', connections: count, next });
  }
  const most = Math.max(...connections);
  const reader = participantReadsIn(projects[0]!);
  cells.push({
    name: `bare GET, ${most} conn.`,
    server: 'bare',
    connections: most,
    next: () => ({ method: 'GET', path: '/bare' }),
  });
  cells.push({
    name: `participant reads (${projects[0]!.size}), ${most} conn.`,
    server: 'api',
    connections: most,
    next: reader,
  });
  return cells;
}

function writeCellName(project: BenchProject, connections: number): string {
  return `measurement writes (${project.size}), ${connections} conn.`;
}

/**
 * Each request records the next free wave of the next participant in turn, so that no two
 * requests ask for the same one: participant i % 100, then instrument, then wave.
 */
function measurementsIn(project: BenchProject): () => LoadRequest {
  const instruments = Object.keys(MEASURED) as (keyof typeof MEASURED)[];
  let sent = 0;
  return () => {
    const index = sent++;
    const slot = Math.floor(index / WRITTEN_PARTICIPANTS);
    const instrument = instruments[slot % instruments.length]!;
    const body = {
      instrument,
      wave: Math.floor(slot / instruments.length),
      takenOn: '2026-02-01',
      responses: MEASURED[instrument],
    };
    return {
      method: 'POST',
      path: `/api/participants/${project.written[index % WRITTEN_PARTICIPANTS]}/measurements`,
      body: JSON.stringify(body),
    };
  };
}

function participantReadsIn(project: BenchProject): () => LoadRequest {
  let sent = 0;
  return () => ({ method: 'GET', path: `/api/participants/${project.written[sent++ % WRITTEN_PARTICIPANTS]}` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
