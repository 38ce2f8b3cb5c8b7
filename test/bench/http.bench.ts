import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchChild } from './bench-child';
import { appendToBenchmarksFile } from './benchmark-report';
import { summariseCpuProfile } from './cpu-profile-summary';
import type { HttpApiChildRequest } from './http-api.child';
import { applyLoad, type LoadRequest } from './http-load';
import {
  aloneCellName,
  type CellResult,
  enrolmentCellName,
  type HttpRun,
  readCellName,
  renderHttpSection,
  postgresCellName,
  type Server,
  type WriteProfile,
  writeCellName,
} from './http-report';
import { readHttpBenchSettings } from './http-settings';
import {
  type BenchProject,
  createOrganisationToken,
  createProject,
  enrolmentBody,
  MEASURED,
  WRITTEN_PARTICIPANTS,
} from './http-setup';
import { readMachineFacts } from './machine-facts';
import { createThrowawayPostgresDatabase } from './throwaway-postgres-database';

const BENCHMARKS_FILE = join(__dirname, '..', '..', 'BENCHMARKS.md');
const ADMIN_TOKEN = 'bench-http-admin-token-0123456789abcdef01234567';
const POSTGRES_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Functions whose inclusive time the write profile reports. */
const PROFILED_WRITE_FUNCTIONS = [
  // The decision: reading (and decrypting) the stream, sealing personal data, the group commit.
  'handleCommand',
  'readStream',
  'open',
  'seal',
  'getOrCreateKey',
  'flush',
  // The in-process projector: its reads of the store and the synchronous part of its batches (its
  // statements after an await, COMMIT among them, show as typeorm's `query` → `run`).
  'readAll',
  'applyNextBatch',
  // The request around it.
  'canActivate',
  'intercept',
  'transform',
  'validate',
];

const log = (line: string) => console.log(line);

/** A timed cell: which server, how many connections, what each request is. */
interface Cell {
  readonly name: string;
  readonly server: Server;
  readonly connections: number;
  readonly next: () => LoadRequest;
}

async function main(): Promise<void> {
  const settings = readHttpBenchSettings(process.env);
  const startedAt = new Date();
  const machine = await readMachineFacts(POSTGRES_URL);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const aloneDir = mkdtempSync(join(tmpdir(), 'bench-http-alone-'));
  const postgresDir = mkdtempSync(join(tmpdir(), 'bench-http-postgres-'));
  const database = machine.postgres.reachable ? await createThrowawayPostgresDatabase(POSTGRES_URL) : undefined;
  const apiOn = (dir: string, settings: Record<string, string>) =>
    BenchChild.start('http-api.child.ts', [dir, JSON.stringify({ ADMIN_TOKEN, ...settings })], { progress: log });
  const children: Partial<Record<Server, BenchChild>> = {
    api: apiOn(dataDir, {}),
    apiAlone: apiOn(aloneDir, { PROJECTOR: 'external' }),
    ...(database
      ? {
          apiPostgres: apiOn(postgresDir, {
            EVENT_STORE: 'postgres',
            READ_STORE: 'postgres',
            DATABASE_URL: database.url,
          }),
        }
      : {}),
    bare: BenchChild.start('http-bare.child.ts', [], { progress: log }),
  };
  const childOf = (server: Server): BenchChild => children[server]!;
  try {
    const servers = Object.keys(children) as Server[];
    const urls = Object.fromEntries(
      await Promise.all(servers.map(async (server) => [server, await urlOf(childOf(server))])),
    ) as Record<Server, string>;
    const tokens = {} as Record<Server, string>;
    for (const server of servers) {
      if (server !== 'bare') tokens[server] = await createOrganisationToken(urls[server], ADMIN_TOKEN);
    }
    tokens.bare = tokens.api;
    const token = tokens.api;
    const projects: BenchProject[] = [];
    for (const size of settings.projectSizes) {
      log(`enrolling a project of ${size}…`);
      projects.push(await createProject(urls.api, token, size));
      log(`  ${Math.round(projects.at(-1)!.enrolmentsPerSecond)} enrolments/s`);
    }
    const smallest = Math.min(...settings.projectSizes);
    const aloneProject = await createProject(urls.apiAlone, tokens.apiAlone, smallest);
    const postgresProject = database ? await createProject(urls.apiPostgres, tokens.apiPostgres, smallest) : undefined;
    const enrolledInto = await createProject(urls.api, tokens.api, 1);
    const cells = cellsOf(
      projects,
      { alone: aloneProject, postgres: postgresProject },
      enrolledInto,
      settings.connections,
    );

    log('warm-up: every cell for one second');
    for (const cell of cells) await applyLoad(urls[cell.server], tokens[cell.server], cell.connections, 1, cell.next);

    const results = new Map<string, CellResult[]>(cells.map((cell) => [cell.name, []]));
    for (let round = 0; round < settings.rounds; round++) {
      for (const cell of round % 2 === 0 ? cells : [...cells].reverse()) {
        const child = childOf(cell.server);
        const cpuBefore = await child.ask<number>({ kind: 'cpu' } satisfies HttpApiChildRequest);
        const load = await applyLoad(
          urls[cell.server],
          tokens[cell.server],
          cell.connections,
          settings.cellSeconds,
          cell.next,
        );
        const cpuMicros = (await child.ask<number>({ kind: 'cpu' } satisfies HttpApiChildRequest)) - cpuBefore;
        const cpuMsPerRequest = load.answered ? cpuMicros / 1000 / load.answered : 0;
        results.get(cell.name)!.push({ ...load, cpuMsPerRequest });
        log(
          `  round ${round + 1} ${cell.name}: ${Math.round(load.perSecond)}/s, p99 ${load.p99Ms} ms, ${load.failed} failed`,
        );
      }
    }

    const profileOf = async (server: Server, cell: Cell, file: string): Promise<WriteProfile> => {
      await childOf(server).ask({ kind: 'startProfile' } satisfies HttpApiChildRequest);
      const load = await applyLoad(urls[server], tokens[server], cell.connections, settings.profileSeconds, cell.next);
      await childOf(server).ask({ kind: 'stopProfile', file } satisfies HttpApiChildRequest);
      return {
        cell: cell.name,
        requests: load.answered,
        summary: summariseCpuProfile(file, PROFILED_WRITE_FUNCTIONS, 15),
      };
    };
    const cellNamed = (name: string) => cells.find((cell) => cell.name === name)!;
    const most = Math.max(...settings.connections);
    const profileDir = process.env['BENCH_HTTP_PROFILE_DIR'] ?? dataDir;
    const profiles = [
      await profileOf('api', cellNamed(writeCellName(projects[0]!, most)), join(profileDir, 'write.cpuprofile')),
      await profileOf(
        'apiAlone',
        cellNamed(aloneCellName(aloneProject, most)),
        join(profileDir, 'write-alone.cpuprofile'),
      ),
    ];

    const peakMemory = (server: Server) =>
      childOf(server).ask<number>({ kind: 'peakMemory' } satisfies HttpApiChildRequest);
    const run: HttpRun = {
      startedAt,
      machine,
      settings,
      projects,
      cells: cells.map(({ name, server, connections }) => ({ name, server, connections, results: results.get(name)! })),
      profiles,
      peakMemoryBytes: Object.fromEntries(
        await Promise.all(
          (Object.keys(children) as Server[]).map(async (server) => [server, await peakMemory(server)]),
        ),
      ),
    };
    const section = renderHttpSection(run);
    log(section);
    if (settings.report === 'file') appendToBenchmarksFile(BENCHMARKS_FILE, section);
  } finally {
    await Promise.all(Object.values(children).map((child) => child.stop()));
    await database?.drop();
    for (const dir of [dataDir, aloneDir, postgresDir]) rmSync(dir, { recursive: true, force: true });
  }
}

async function urlOf(child: BenchChild): Promise<string> {
  return `http://127.0.0.1:${await child.ask<number>({ kind: 'port' } satisfies HttpApiChildRequest)}`;
}

function cellsOf(
  projects: readonly BenchProject[],
  others: { readonly alone: BenchProject; readonly postgres: BenchProject | undefined },
  enrolledInto: BenchProject,
  connections: readonly number[],
): Cell[] {
  const cells: Cell[] = [];
  const most = Math.max(...connections);
  const bareBody = JSON.stringify({
    instrument: 'djg-6',
    wave: 0,
    takenOn: '2026-02-01',
    responses: MEASURED['djg-6'],
  });
  const each = (name: (count: number) => string, server: Server, next: () => LoadRequest) => {
    for (const count of connections) cells.push({ name: name(count), server, connections: count, next });
  };
  each(
    (count) => `bare POST, ${count} conn.`,
    'bare',
    () => ({ method: 'POST', path: '/bare', body: bareBody }),
  );
  for (const project of projects) each((count) => writeCellName(project, count), 'api', measurementsIn(project));
  each((count) => aloneCellName(others.alone, count), 'apiAlone', measurementsIn(others.alone));
  const onPostgres = others.postgres;
  if (onPostgres) each((count) => postgresCellName(onPostgres, count), 'apiPostgres', measurementsIn(onPostgres));
  each(enrolmentCellName, 'api', enrolmentsIn(enrolledInto));
  cells.push({
    name: `bare GET, ${most} conn.`,
    server: 'bare',
    connections: most,
    next: () => ({ method: 'GET', path: '/bare' }),
  });
  cells.push({
    name: readCellName(projects[0]!, most),
    server: 'api',
    connections: most,
    next: participantReadsIn(projects[0]!),
  });
  return cells;
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
      path: `/api/participants/${project.written[index % project.written.length]}/measurements`,
      body: JSON.stringify(body),
    };
  };
}

/** Each request enrols a new participant with a reference of its own into one project, which grows. */
function enrolmentsIn(project: BenchProject): () => LoadRequest {
  let sent = 0;
  return () => {
    const index = sent++;
    return {
      method: 'POST',
      path: `/api/projects/${project.projectId}/participants`,
      body: JSON.stringify(enrolmentBody(`E-${index}`, index)),
    };
  };
}

function participantReadsIn(project: BenchProject): () => LoadRequest {
  let sent = 0;
  return () => ({ method: 'GET', path: `/api/participants/${project.written[sent++ % project.written.length]}` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
