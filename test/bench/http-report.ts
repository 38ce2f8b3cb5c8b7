import type { ProfileSummary } from './cpu-profile-summary';
import type { LoadResult } from './http-load';
import type { HttpBenchSettings } from './http-settings';
import { type BenchProject, ENROLMENT_CONNECTIONS, WRITTEN_PARTICIPANTS } from './http-setup';
import type { MachineFacts } from './machine-facts';

export interface CellResult extends LoadResult {
  /** The server process's CPU time (user and system) over the cell, per 2xx answer. */
  readonly cpuMsPerRequest: number;
}

/** The servers of a run: the api as it starts by default (its projector in-process), the api with
 * no projector in its process (the write path alone: its views are not built meanwhile), the bare app. */
export type Server = 'api' | 'apiAlone' | 'apiPostgres' | 'bare';

const SERVER_NAMES: Readonly<Record<Server, string>> = {
  api: 'api',
  apiAlone: 'api without its projector',
  apiPostgres: 'api on PostgreSQL',
  bare: 'bare app',
};

export interface CellRun {
  readonly name: string;
  readonly server: Server;
  readonly connections: number;
  /** One per measured round. */
  readonly results: readonly CellResult[];
}

export interface WriteProfile {
  readonly cell: string;
  readonly requests: number;
  readonly summary: ProfileSummary;
}

export interface HttpRun {
  readonly startedAt: Date;
  readonly machine: MachineFacts;
  readonly settings: HttpBenchSettings;
  readonly projects: readonly BenchProject[];
  readonly cells: readonly CellRun[];
  /** V8's profile of the api while it took writes: with its projector in-process, and without. */
  readonly profiles: readonly WriteProfile[];
  readonly peakMemoryBytes: Partial<Record<Server, number>>;
}

/** The issue's goals for writes and reads over HTTP on the embedded default. */
const GOALS = {
  writesPerSecond: 1000,
  writeP99Ms: 50,
  enrolmentsPerSecond: 500,
  sizeRatio: 0.8,
  concurrencyGain: 3,
  readShare: 0.5,
};

const METHOD = `The api (built from the working tree, through swc) runs in a child process on a fresh
data folder of the embedded default (SQLite events and keys, \`synchronous = FULL\`) with its
in-process projector; a bare NestJS app (Express, one POST and one GET route answering at once)
runs in another. The parent makes an organisation and one project per size over HTTP, enrolling
${ENROLMENT_CONNECTIONS} at a time (that rate is the enrolment figure), then drives each cell with autocannon on
loopback keep-alive connections for a fixed time. Measurement writes go to the first
${WRITTEN_PARTICIPANTS} participants of each project in turn, each request a new wave, so that every project's
written streams grow alike whatever its size. Enrolment cells enrol new participants, each with
a reference of its own, into one more project. A second api process, on a data folder of its own
with no projector in it (PROJECTOR=external and none started: its views are not built), takes the
same measurement writes: the write path without the projector's work on the event loop. A third,
on a throwaway PostgreSQL database for events and views, takes them too. After a
one-second warm-up of every cell, the
rounds run every cell once, the order reversed every other round. CPU per request is the
server process's user + system time over the cell divided by its 2xx answers. The profiles are
V8's sampling profiler in each api process during one extra cell of writes at the most connections.`;

export function renderHttpSection(run: HttpRun): string {
  const { machine, settings } = run;
  const rows = run.cells.map((cell) => {
    const median = (pick: (result: CellResult) => number) => medianOf(cell.results.map(pick));
    return `| ${cell.name} | ${rate(median((r) => r.perSecond))} (${rate(Math.min(...cell.results.map((r) => r.perSecond)))}–${rate(Math.max(...cell.results.map((r) => r.perSecond)))}) | ${median((r) => r.p50Ms)} | ${median((r) => r.p99Ms)} | ${median((r) => r.cpuMsPerRequest).toFixed(2)} | ${cell.results.reduce((sum, r) => sum + r.failed, 0)} |`;
  });
  return `
## HTTP, ${run.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC

**Machine:** Node ${machine.node} on ${machine.os}; ${machine.cpus}; load average at start
${machine.loadAverage.map((load) => load.toFixed(2)).join(', ')} (1, 5, 15 min); SQLite ${machine.sqlite}.

**Run:** \`npm run bench:http\`: projects of ${run.projects.map((p) => p.size.toLocaleString('en-GB')).join(' and ')} participants;
${settings.connections.join(' and ')} connections; ${settings.rounds} rounds of ${settings.cellSeconds} s per cell.

**Method:** ${METHOD}

Median (min–max) over the rounds; latency in ms (autocannon's, median of the rounds); server CPU in ms per answer:

| cell | answers/s | p50 | p99 | CPU ms | failed |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Enrolments (${ENROLMENT_CONNECTIONS} at a time, while filling): ${run.projects.map((p) => `${rate(p.enrolmentsPerSecond)}/s into the project of ${p.size.toLocaleString('en-GB')}`).join(', ')}.
Peak resident memory: ${Object.entries(run.peakMemoryBytes)
    .map(([server, bytes]) => `${SERVER_NAMES[server as Server]} ${mib(bytes)}`)
    .join(', ')}.

${renderGoals(run)}

${run.profiles.map(renderProfile).join('\n')}
`;
}

export function writeCellName(project: BenchProject, connections: number): string {
  return `measurement writes (${project.size}), ${connections} conn.`;
}

export function aloneCellName(project: BenchProject, connections: number): string {
  return `measurement writes (${project.size}), no projector in the api, ${connections} conn.`;
}

export function postgresCellName(project: BenchProject, connections: number): string {
  return `measurement writes (${project.size}), api on PostgreSQL, ${connections} conn.`;
}

export function enrolmentCellName(connections: number): string {
  return `enrolments, ${connections} conn.`;
}

export function readCellName(project: BenchProject, connections: number): string {
  return `participant reads (${project.size}), ${connections} conn.`;
}

function renderProfile({ cell, requests, summary }: WriteProfile): string {
  return `**Profile** during ${cell} (${requests} writes, ${summary.seconds.toFixed(1)} s busy).

Self time by part: ${summary.parts.map((part) => `${part.name} ${percent(part.share)}`).join(', ')}.

Inclusive: ${summary.inclusive.map((part) => `${part.name} ${percent(part.share)}`).join(', ')}.

Top functions (self): ${summary.functions.map((fn) => `\`${fn.name}\` ${percent(fn.share)}`).join(', ')}.
`;
}

function renderGoals(run: HttpRun): string {
  const median = (name: string) =>
    medianOf(run.cells.find((cell) => cell.name === name)?.results.map((r) => r.perSecond) ?? [NaN]);
  const p99 = (name: string) =>
    medianOf(run.cells.find((cell) => cell.name === name)?.results.map((r) => r.p99Ms) ?? [NaN]);
  const most = Math.max(...run.settings.connections);
  const least = Math.min(...run.settings.connections);
  const small = run.projects[0]!;
  const large = run.projects.at(-1)!;
  const writes = writeCellName;
  const lines = [
    goal(
      `writes ≥ ${GOALS.writesPerSecond}/s at ${most} conn. (project of ${small.size})`,
      median(writes(small, most)) >= GOALS.writesPerSecond,
      `${rate(median(writes(small, most)))}/s`,
    ),
    goal(
      `write p99 < ${GOALS.writeP99Ms} ms at ${most} conn.`,
      p99(writes(small, most)) < GOALS.writeP99Ms,
      `${p99(writes(small, most))} ms`,
    ),
    goal(
      `enrolments ≥ ${GOALS.enrolmentsPerSecond}/s at ${most} conn.`,
      median(enrolmentCellName(most)) >= GOALS.enrolmentsPerSecond,
      `${rate(median(enrolmentCellName(most)))}/s`,
    ),
    goal(
      `writes in ${large.size} ≥ ${GOALS.sizeRatio} × in ${small.size} (${most} conn.)`,
      median(writes(large, most)) >= GOALS.sizeRatio * median(writes(small, most)),
      ratio(median(writes(large, most)) / median(writes(small, most))),
    ),
    goal(
      `${most} conn. ≥ ${GOALS.concurrencyGain} × ${least} conn. (project of ${small.size})`,
      median(writes(small, most)) >= GOALS.concurrencyGain * median(writes(small, least)),
      ratio(median(writes(small, most)) / median(writes(small, least))),
    ),
    goal(
      `participant reads ≥ ${percent(GOALS.readShare)} of the bare GET`,
      median(readCellName(small, most)) >= GOALS.readShare * median(`bare GET, ${most} conn.`),
      percent(median(readCellName(small, most)) / median(`bare GET, ${most} conn.`)),
    ),
    goal(
      `(diagnosis) writes ≥ ${GOALS.writesPerSecond}/s at ${most} conn. with no projector in the api`,
      median(aloneCellName(small, most)) >= GOALS.writesPerSecond,
      `${rate(median(aloneCellName(small, most)))}/s, p99 ${p99(aloneCellName(small, most))} ms`,
    ),
  ];
  return ['| goal | measured | result |', '| --- | --- | --- |', ...lines].join('\n');
}

function goal(what: string, met: boolean, measured: string): string {
  return `| ${what} | ${measured} | ${met ? 'MET' : 'MISSED'} |`;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function rate(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

function ratio(value: number): string {
  return `${value.toFixed(2)} ×`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MiB`;
}
