import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { AccessTokens, openPlatformStores, READ_STORE_FILE_NAME, type ViewerPrincipal } from '@outcome/application';
import { SQLITE_EVENT_FILE_NAME, SQLITE_SUBJECT_KEY_FILE_NAME } from '@outcome/event-store';
import { OUTCOME_VIEWS } from '../../libs/application/src/reads/outcomes/outcome-cells';
import { BenchChild } from './bench-child';
import { readBenchSettings } from './bench-settings';
import { appendToBenchmarksFile } from './benchmark-report';
import { type ProfileSummary, summariseCpuProfile } from './cpu-profile-summary';
import { runHttpTrials, type RequestVariant } from './http-trials';
import { type Latencies, latenciesOf } from './latencies';
import { readMachineFacts } from './machine-facts';
import type { ApiChildRequest, Breakdown, OutcomeCall } from './views-api.child';
import { benchConfig } from './views-config';
import type { DatasetShape, GeneratedProject } from './views-dataset';
import { type GeneratedDataset, generateDataset } from './views-generation';
import {
  checkGoals,
  count,
  median,
  ms,
  QUERIES,
  type QueryName,
  rebuildRate,
  renderViewsSection,
} from './views-report';
import type { FollowerFigures, ScaleRun, ViewsRun } from './views-report';
import type { FinalHead, FollowResult, RebuildChildRequest, RebuildResult, ReplayResult } from './views-rebuild.child';
import { LARGE, readViewsBenchSettings, SMALL, type ViewsBenchSettings } from './views-settings';

const BENCHMARKS_FILE = join(__dirname, '..', '..', 'BENCHMARKS.md');
const INSTRUMENT = 'djg-6';
/** Functions whose inclusive time the profiles report. */
const PROFILED_REBUILD_FUNCTIONS = ['readAll', 'openPersonalData', 'load', 'evolveBatch', 'apply', 'execute'];
const PROFILED_REQUEST_FUNCTIONS = [
  'canActivate',
  'authenticate',
  'countEnrolled',
  'countScorePairs',
  'getRawMany',
  'analyseCells',
  'stringify',
];
/** Requests per profiled burst. */
const PROFILED_REQUESTS = 200;

const log = (line: string) => console.log(line);

/** What one dataset's api is asked, and what it answers. */
interface ScaleReads {
  readonly dataset: GeneratedDataset;
  readonly principal: ViewerPrincipal;
  readonly token: string;
  readonly project: GeneratedProject;
  readonly calls: Readonly<Record<QueryName, OutcomeCall>>;
  readonly api: BenchChild;
  readonly baseUrl: string;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const settings = readViewsBenchSettings(process.env);
  const machine = await readMachineFacts(readBenchSettings(process.env).postgresAdminUrl);
  log(
    `Node ${machine.node}, ${machine.cpus}, load ${machine.loadAverage.map((load) => load.toFixed(2)).join(' ')}, SQLite ${machine.sqlite}`,
  );
  const work = mkdtempSync(join(settings.workDir ?? tmpdir(), 'bench-views-'));
  log(`Data folders in ${work}${settings.keepData ? ' (kept)' : ''}`);
  try {
    const small = await generate(work, SMALL);
    const smallStores = {
      replay: await replay(small, settings.replayRounds),
      rebuild: await rebuild(small, small.dataDir, 0),
    };
    const rebuildProfile = await profileRebuild(work, small);
    const { dataset: large, follower } = await generateFollowed(work, LARGE);
    const largeStores = {
      replay: await replay(large, settings.largeReplayRounds),
      rebuild: await rebuild(large, besideViewsOf(work, large), settings.rebuildSeconds),
    };
    const stored = new Map([
      [small, smallStores],
      [large, largeStores],
    ]);
    const reads = [await readsOf(small), await readsOf(large)] as const;
    try {
      const http = await timeRequests(reads, settings);
      const runs = [] as ScaleRun[];
      for (const scale of reads) {
        runs.push({
          dataset: scale.dataset,
          storeBytes: storeBytesOf(scale.dataset.dataDir),
          ...stored.get(scale.dataset)!,
          http: http.get(scale.dataset)!,
          breakdown: await breakDown(scale, settings),
          visible: {
            projects: scale.dataset.shape.projectsPerOrganisation,
            participants: scale.dataset.shape.projectsPerOrganisation * scale.dataset.shape.participantsPerProject,
          },
          asOfPosition: http.positions.get(scale.dataset) ?? null,
        });
      }
      const requestProfiles = {} as Record<QueryName, ProfileSummary>;
      for (const query of QUERIES) {
        log(`Profiling ${PROFILED_REQUESTS} requests of ${query} @ ${reads[1].dataset.shape.label}`);
        requestProfiles[query] = await profileRequests(work, reads[1], query, PROFILED_REQUESTS);
      }
      const run: ViewsRun = {
        tree: treeOf(),
        requestProfiles,
        follower,
        startedAt,
        finishedAt: new Date(),
        machine,
        settings,
        small: runs[0]!,
        large: runs[1]!,
        rebuildProfile,
      };
      printSummary(run);
      appendToBenchmarksFile(BENCHMARKS_FILE, renderViewsSection(run));
      log(`Appended to ${BENCHMARKS_FILE}`);
    } finally {
      for (const { api } of reads) await api.stop();
    }
  } finally {
    if (!settings.keepData) rmSync(work, { recursive: true, force: true });
  }
}

async function generate(
  work: string,
  shape: DatasetShape,
  dataDir = join(work, shape.label),
): Promise<GeneratedDataset> {
  if (!existsSync(dataDir)) mkdirSync(dataDir);
  log(`Generating ${shape.label} into ${dataDir}`);
  const dataset = await generateDataset(dataDir, shape, log);
  log(
    `  ${shape.label}: ${count(dataset.events)} events in ${count(dataset.appends)} appends, ` +
      `${dataset.seconds.toFixed(1)} s (${count(dataset.events / dataset.seconds)} ev/s); ` +
      `half of them recorded by ${dataset.middleInstant}`,
  );
  return dataset;
}

/** The whole-store replay, in a fresh process. */
async function replay(dataset: GeneratedDataset, rounds: number): Promise<ReplayResult> {
  const { label } = dataset.shape;
  log(`Replaying ${label} (${rounds} round(s), port and adapter)`);
  const result = await inChild<ReplayResult>(dataset.dataDir, { kind: 'replay', rounds });
  log(`  ${label} replay: port ${count(median(result.port))} ev/s, adapter ${count(median(result.adapter))} ev/s`);
  return result;
}

/** The rebuild of every view from the first event, in a fresh process, for at most `seconds` (0: to the end). */
async function rebuild(dataset: GeneratedDataset, dataDir: string, seconds: number): Promise<RebuildResult> {
  const { label } = dataset.shape;
  log(`Rebuilding every view of ${label}${seconds > 0 ? ` for at most ${seconds} s` : ''}`);
  const request: RebuildChildRequest = { kind: 'rebuild', stopAfterMs: seconds > 0 ? seconds * 1000 : undefined };
  const result = await inChild<RebuildResult>(dataDir, request);
  if (result.warnings.length > 0) log(`  the runner reported: ${result.warnings.slice(0, 5).join('; ')}`);
  log(
    `  ${label} rebuild: ${count(result.events)} of ${count(result.storeEvents)} events in ${result.seconds.toFixed(1)} s, ` +
      `${count(result.events / result.seconds)} ev/s, peak RSS ${count(result.memory.peakRss)} MiB, ` +
      `retained heap ${count(result.memory.retainedAtStart)} → ${count(result.memory.retainedAtEnd)} MiB`,
  );
  return result;
}

/**
 * A folder whose events and keys are the dataset's own (symbolic links) and whose views file is
 * new: the rebuild starts from no view while the dataset's built views stay for the queries.
 */
function besideViewsOf(work: string, dataset: GeneratedDataset): string {
  const dataDir = join(work, `${dataset.shape.label}-rebuild`);
  mkdirSync(dataDir);
  for (const file of [SQLITE_EVENT_FILE_NAME, SQLITE_SUBJECT_KEY_FILE_NAME]) {
    symlinkSync(join(dataset.dataDir, file), join(dataDir, file));
  }
  return dataDir;
}

/**
 * Generates the large dataset while a projector process follows the store and builds the views
 * the outcome queries read, as the api's projector would while the data was entered: a rebuild
 * of every view of the 1M store takes longer than the benchmark may (see the rebuild's figures).
 */
async function generateFollowed(
  work: string,
  shape: DatasetShape,
): Promise<{ dataset: GeneratedDataset; follower: FollowerFigures }> {
  const dataDir = join(work, shape.label);
  mkdirSync(dataDir);
  // Created once, so that the two processes do not both create the files and migrate.
  await (await openPlatformStores(benchConfig(dataDir))).close();
  const follower = BenchChild.start('views-rebuild.child.ts', [dataDir], { progress: log });
  const views = OUTCOME_VIEWS.map((view) => view.name);
  const following = follower.ask<FollowResult>({ kind: 'follow', views } satisfies RebuildChildRequest);
  try {
    const dataset = await generate(work, shape, dataDir);
    const written = performance.now();
    follower.note({ head: String(dataset.events) } satisfies FinalHead);
    await following;
    // Timed here: the note reaches a projector that is catching up only when its event loop turns.
    const secondsAfterWriter = (performance.now() - written) / 1000;
    log(`  the projector had ${views.join(', ')} live ${secondsAfterWriter.toFixed(1)} s after the last append`);
    return { dataset, follower: { views, secondsAfterWriter } };
  } finally {
    await follower.stop();
  }
}

async function inChild<T>(dataDir: string, request: RebuildChildRequest, nodeFlags: string[] = []): Promise<T> {
  const child = BenchChild.start('views-rebuild.child.ts', [dataDir], { progress: log, nodeFlags });
  try {
    return await child.ask<T>(request);
  } finally {
    await child.stop();
  }
}

/** The small dataset's rebuild once more under V8's profiler, on copies of its events and keys and a new views file. */
async function profileRebuild(work: string, small: GeneratedDataset): Promise<ProfileSummary> {
  const dataDir = join(work, 'profile');
  mkdirSync(dataDir);
  for (const file of [SQLITE_EVENT_FILE_NAME, SQLITE_SUBJECT_KEY_FILE_NAME]) {
    copyFileSync(join(small.dataDir, file), join(dataDir, file));
  }
  log(`Profiling a rebuild of ${small.shape.label}`);
  const profileFile = join(work, 'rebuild.cpuprofile');
  await inChild<RebuildResult>(dataDir, { kind: 'rebuild', profileFile });
  return summariseCpuProfile(profileFile, PROFILED_REBUILD_FUNCTIONS);
}

/** The api's process under V8's profiler while the benchmark makes `count` requests of one query, one at a time. */
async function profileRequests(
  work: string,
  scale: ScaleReads,
  query: QueryName,
  requests: number,
): Promise<ProfileSummary> {
  const file = join(work, `${query.replaceAll(' ', '-')}.cpuprofile`);
  await scale.api.ask({ kind: 'startProfile' } satisfies ApiChildRequest);
  const url = urlOf(scale.baseUrl, scale.calls[query]);
  for (let request = 0; request < requests; request++) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${scale.token}` } });
    await response.text();
  }
  await scale.api.ask({ kind: 'stopProfile', file } satisfies ApiChildRequest);
  return summariseCpuProfile(file, PROFILED_REQUEST_FUNCTIONS);
}

/**
 * An organisation's token for the dataset (issued through AccessTokens, as the api does), and its
 * api in a process of its own. The organisation is the middle one; the project its first with
 * a comparison group, so that both datasets answer the same shape of outcome.
 */
async function readsOf(dataset: GeneratedDataset): Promise<ScaleReads> {
  const organisation = dataset.directory.organisations[Math.floor(dataset.directory.organisations.length / 2)]!;
  const project = organisation.projects.find((candidate) => candidate.hasComparisonGroup)!;
  const stores = await openPlatformStores(benchConfig(dataset.dataDir));
  const issued = await new AccessTokens(stores.readStore)
    .issue(
      { role: 'organisation', organisationId: organisation.organisationId },
      { label: 'bench:views', issuedBy: 'bench-views', now: new Date() },
    )
    .finally(() => stores.close());
  const api = BenchChild.start('views-api.child.ts', [dataset.dataDir], { progress: log });
  const port = await api.ask<number>({ kind: 'port' } satisfies ApiChildRequest);
  log(`  ${dataset.shape.label} api listening on 127.0.0.1:${port}`);
  const live: OutcomeCall = { projectId: project.projectId, instrument: INSTRUMENT };
  return {
    dataset,
    principal: { role: 'organisation', tokenId: issued.id, organisationId: organisation.organisationId },
    token: issued.token,
    project,
    calls: {
      'project outcome': live,
      'grouped outcomes': { groupBy: 'interventionType', instrument: INSTRUMENT },
      'project outcome as of': { ...live, asOf: dataset.middleInstant },
    },
    api,
    baseUrl: `http://127.0.0.1:${port}`,
  };
}

function urlOf(baseUrl: string, call: OutcomeCall): string {
  const query = new URLSearchParams({ instrument: call.instrument });
  if (call.groupBy) query.set('groupBy', call.groupBy);
  if (call.asOf) query.set('asOf', call.asOf);
  const path = call.projectId ? `/api/projects/${call.projectId}/outcomes` : '/api/outcomes';
  return `${baseUrl}${path}?${query}`;
}

/** Every query on both datasets, interleaved (see runHttpTrials). */
async function timeRequests(
  reads: readonly ScaleReads[],
  settings: ViewsBenchSettings,
): Promise<Map<GeneratedDataset, Record<QueryName, Latencies>> & { positions: Map<GeneratedDataset, string | null> }> {
  const keyOf = (scale: ScaleReads, query: QueryName) => `${query} @ ${scale.dataset.shape.label}`;
  const variants: RequestVariant[] = reads.flatMap((scale) =>
    QUERIES.map((query) => ({
      key: keyOf(scale, query),
      url: urlOf(scale.baseUrl, scale.calls[query]),
      token: scale.token,
    })),
  );
  log(`Requests: ${settings.warmUps} warm-up and ${settings.trials} measured rounds of ${variants.length}`);
  const { times, first } = await runHttpTrials(variants, settings, log);
  const positions = new Map<GeneratedDataset, string | null>();
  const results = new Map<GeneratedDataset, Record<QueryName, Latencies>>();
  for (const scale of reads) {
    const latencies = Object.fromEntries(
      QUERIES.map((query) => [query, latenciesOf(times.get(keyOf(scale, query))!)]),
    ) as Record<QueryName, Latencies>;
    results.set(scale.dataset, latencies);
    positions.set(scale.dataset, first.get(keyOf(scale, 'project outcome as of'))?.position ?? null);
    for (const query of QUERIES) {
      const answer = first.get(keyOf(scale, query))!;
      log(
        `  ${keyOf(scale, query)}: p50 ${ms(latencies[query].p50)} ms, p95 ${ms(latencies[query].p95)} ms ` +
          `(${answer.rows} row(s), ${answer.paired} paired in the intervention arm, position ${answer.position}, ${count(answer.bytes)} bytes)`,
      );
    }
  }
  return Object.assign(results, { positions });
}

/** The parts of each query, timed in the api's process. */
async function breakDown(scale: ScaleReads, settings: ViewsBenchSettings): Promise<Record<QueryName, Breakdown>> {
  const parts = {} as Record<QueryName, Breakdown>;
  for (const query of QUERIES) {
    parts[query] = await scale.api.ask<Breakdown>({
      kind: 'breakdown',
      principal: scale.principal,
      call: scale.calls[query],
      warmUps: Math.ceil(settings.breakdownTrials / 10),
      trials: settings.breakdownTrials,
    } satisfies ApiChildRequest);
    log(
      `  ${query} @ ${scale.dataset.shape.label} in-process p50: handler ${ms(parts[query].handler.p50)} ms, ` +
        `reads ${ms(parts[query].reads.p50)} ms, read point ${ms(parts[query].readPoint.p50)} ms`,
    );
  }
  return parts;
}

function storeBytesOf(dataDir: string): ScaleRun['storeBytes'] {
  const size = (file: string) =>
    ['', '-wal'].reduce((sum, suffix) => {
      const path = join(dataDir, `${file}${suffix}`);
      return sum + (existsSync(path) ? statSync(path).size : 0);
    }, 0);
  return {
    events: size(SQLITE_EVENT_FILE_NAME),
    keys: size(SQLITE_SUBJECT_KEY_FILE_NAME),
    views: size(READ_STORE_FILE_NAME),
  };
}

/**
 * The code measured: HEAD, and any file of apps/ or libs/ changed since (others work in the same
 * tree); BENCH_VIEWS_TREE names it when the benchmark runs from an export without git.
 */
function treeOf(): ViewsRun['tree'] {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: join(__dirname, '..', '..'), encoding: 'utf8', stdio: 'pipe' });
  try {
    return {
      commit: git(['rev-parse', '--short', 'HEAD']).trim(),
      uncommitted: git(['status', '--porcelain', '--', 'apps', 'libs'])
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3)),
    };
  } catch {
    return { commit: process.env.BENCH_VIEWS_TREE ?? 'unknown (not a git checkout)', uncommitted: [] };
  }
}

function printSummary(run: ViewsRun): void {
  log('');
  for (const scale of [run.small, run.large]) {
    log(`${scale.dataset.shape.label}: rebuild ${count(rebuildRate(scale))} ev/s`);
  }
  for (const check of checkGoals(run)) {
    log(
      `${check.met ? 'MET   ' : 'MISSED'} ${check.goal}: ${check.measured}${check.reason ? `\n       ${check.reason}` : ''}`,
    );
  }
  log('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
