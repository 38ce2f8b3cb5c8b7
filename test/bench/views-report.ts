import type { Latencies } from './latencies';
import type { MachineFacts } from './machine-facts';
import type { ProfileSummary } from './cpu-profile-summary';
import type { Breakdown } from './views-api.child';
import { INSTRUMENTS, WAVES, measurementsOf, participantsOf } from './views-dataset';
import type { GeneratedDataset } from './views-generation';
import {
  AS_OF_RATIO_GOAL,
  GROUPED_OUTCOMES_GOAL_MS,
  MEMORY_GROWTH_GOAL,
  PROJECT_OUTCOME_GOAL_MS,
  REBUILD_GOAL_EVENTS_PER_SECOND,
  SCALE_RATIO_GOAL,
} from './views-goals';
import type { RebuildResult, ReplayResult } from './views-rebuild.child';
import { VIEWS } from '@outcome/read-models';
import type { ViewsBenchSettings } from './views-settings';

/** The three reads the issue times. */
export const QUERIES = ['project outcome', 'grouped outcomes', 'project outcome as of'] as const;
export type QueryName = (typeof QUERIES)[number];

/** Everything one dataset size gave. */
export interface ScaleRun {
  readonly dataset: GeneratedDataset;
  /** Bytes of the data folder's files after the rebuild. */
  readonly storeBytes: { readonly events: number; readonly keys: number; readonly views: number };
  readonly replay: ReplayResult;
  readonly rebuild: RebuildResult;
  /** Over HTTP, per query. */
  readonly http: Readonly<Record<QueryName, Latencies>>;
  readonly breakdown: Readonly<Record<QueryName, Breakdown>>;
  /** What the token reading the outcomes sees. */
  readonly visible: { readonly projects: number; readonly participants: number };
  readonly asOfPosition: string | null;
}

/** The projector that built the 1M store's outcome views while it was generated. */
export interface FollowerFigures {
  readonly views: readonly string[];
  readonly secondsAfterWriter: number;
}

export interface ViewsRun {
  /** The commit the run measured, and whether apps/ or libs/ had changes not yet committed. */
  readonly tree: { readonly commit: string; readonly uncommitted: readonly string[] };
  readonly follower: FollowerFigures;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly machine: MachineFacts;
  readonly settings: ViewsBenchSettings;
  readonly small: ScaleRun;
  readonly large: ScaleRun;
  /** The rebuild of the small dataset once more, under V8's profiler. */
  readonly rebuildProfile: ProfileSummary;
  /** The 1M api's process under V8's profiler during a burst of each query. */
  readonly requestProfiles: Readonly<Record<QueryName, ProfileSummary>>;
}

/** A goal and whether the run met it. */
export interface GoalCheck {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
  /** For a missed goal: where the time or memory went, as measured in this run. */
  readonly reason?: string;
}

export function checkGoals(run: ViewsRun): GoalCheck[] {
  const { small, large } = run;
  const rate = rebuildRate(large);
  const checks: GoalCheck[] = [
    {
      goal: `rebuild of every view at 1M ≥ ${count(REBUILD_GOAL_EVENTS_PER_SECOND)} events/s`,
      measured:
        large.rebuild.stoppedAt === undefined
          ? `${count(rate)} events/s`
          : `${count(rate)} events/s over the first ${count(large.rebuild.events)} events`,
      met: rate >= REBUILD_GOAL_EVENTS_PER_SECOND,
      reason: rebuildReason(run),
    },
    memoryCheck(run),
    p95Check('project outcome', large, PROJECT_OUTCOME_GOAL_MS, run.requestProfiles['project outcome']),
    p95Check('grouped outcomes', large, GROUPED_OUTCOMES_GOAL_MS, run.requestProfiles['grouped outcomes']),
    ...QUERIES.map((query) => ratioCheck(query, small, large)),
    ...[small, large].map((scale) => asOfCheck(scale)),
  ];
  return checks.map((check) => (check.met ? { ...check, reason: undefined } : check));
}

/** The dated section a run adds to BENCHMARKS.md. */
export function renderViewsSection(run: ViewsRun): string {
  const { machine, small, large } = run;
  const minutes = (run.finishedAt.getTime() - run.startedAt.getTime()) / 60_000;
  const checks = checkGoals(run);
  return `
## Views, ${run.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC

\`npm run bench:views\` (${minutes.toFixed(1)} minutes) on commit ${run.tree.commit}${
    run.tree.uncommitted.length > 0 ? ` with uncommitted changes to ${run.tree.uncommitted.join(', ')}` : ''
  }.

**Machine:** Node ${machine.node} on ${machine.os}; ${machine.cpus}; load average at start
${machine.loadAverage.map((load) => load.toFixed(2)).join(', ')} (1, 5, 15 min); SQLite ${machine.sqlite}; the embedded
default (events, keys and views in SQLite files in one data folder under ${run.settings.workDir ?? 'the temporary folder'}).

**Datasets:** ${datasetLine(small)}; ${datasetLine(large)}. Every participant: enrolment (ParticipantAdded on the
project's stream and ParticipantEnrolled on their own), ${INSTRUMENTS.join(' and ')} at waves 0–${WAVES - 1}
(MeasurementRecorded with responses and the scores of \`scoreResponses\`), and for the intervention arm one
ContactLogged before each follow-up; every third project has a waiting-list comparison group of half its
participants; projects cycle through the intervention types. Each event is decided by the domain's deciders
on the state the earlier ones made, with the metadata of \`metadataFor\` and a correlation id per command, and
appended through the port of the stores the app opens (\`openPlatformStores\`: upcasting over per-participant
encryption over SQLite) in appends of about 500 events over many streams with their expected versions.
Time runs in phases: registrations, then every enrolment with its baseline, then each follow-up wave in
turn. The outcome token is an organisation's: ${small.visible.projects} projects and
${count(small.visible.participants)} participants at 10k, ${large.visible.projects} projects and
${count(large.visible.participants)} participants at 1M (the same share of data, in a store a hundred times
larger).

**Method:** ${method(run)}

### Generation, replay and rebuild

| dataset | events | generated in | appended ev/s | files (events, keys, views) | replay port ev/s | replay adapter ev/s | rebuild | rebuild ev/s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${[small, large].map(storeRow).join('\n')}

Projector memory during the rebuild (MiB; retained = heap in use after a full collection), and the longest
time its event loop went without turning (\`monitorEventLoopDelay\`: what a timer, an IPC message or an HTTP
request in that process would have waited), and its CPU time (user and system) against the wall time:

| dataset | peak RSS | peak heap used | retained at start | retained at end | retained max | longest event-loop stall | CPU / wall |
| --- | --- | --- | --- | --- | --- | --- | --- |
${[small, large].map(memoryRow).join('\n')}

${rebuildNote(large)}

### Outcome queries over HTTP (ms)

| query | dataset | p50 | p95 | min–max | requests | answer |
| --- | --- | --- | --- | --- | --- | --- |
${QUERIES.flatMap((query) => [small, large].map((scale) => queryRow(query, scale))).join('\n')}

Below HTTP, in the api process (p50 ms; timed apart from the HTTP requests, so the differences are rough and
may come out below zero: statistics and answer ≈ handler − reads; HTTP, token check and JSON ≈ HTTP − handler):

| query | dataset | HTTP | handler | reads (SQL) | of which read point | statistics and answer | HTTP, token check and JSON |
| --- | --- | --- | --- | --- | --- | --- | --- |
${QUERIES.flatMap((query) => [small, large].map((scale) => breakdownRow(query, scale))).join('\n')}
${profileLines(run)}
### Goals

| goal | measured | result |
| --- | --- | --- |
${checks.map((check) => `| ${check.goal} | ${check.measured} | ${check.met ? 'MET' : 'MISSED'} |`).join('\n')}
${checks
  .filter((check) => !check.met)
  .map((check) => `\n- _Missed: ${check.goal}._ ${check.reason}`)
  .join('')}
`;
}

function method({ settings, large, follower }: ViewsRun): string {
  return `The 10k dataset is generated into a fresh data folder, replayed, rebuilt and profiled, then the 1M
dataset is generated into another while a projector process (the projection runner over ${follower.views.join(', ')},
the views the outcome queries read) follows the store as the api's projector would while the data was
entered; it had them live ${follower.secondsAfterWriter.toFixed(0)} s after the last append. Replay: \`store.replay()\` (pages of
1000) over the whole store, through the port as the app opens it (decrypting every personal field) and through
the bare SQLite adapter, alternately, ${settings.replayRounds} round(s) each at 10k and ${settings.largeReplayRounds} at 1M; the median is shown.
Rebuild: a fresh process opens the app's stores on a views file without views (at 1M a folder beside the
dataset's, linking its events and keys) and starts the projection runner as the api does (every view of
\`VIEWS\`, default batch of 500, lease and waits); it ends when every view is live at the store's head${
    settings.rebuildSeconds > 0
      ? `, or at 1M after ${settings.rebuildSeconds} s (BENCH_VIEWS_REBUILD_SECONDS), the rate then being that of the events the slowest view had applied`
      : ''
  }. The runner reads through a thin observer of the event store that samples memory at each batch read,
because timers do not fire while the runner catches up: its work is a chain of promises that better-sqlite3
settles at once, so the event loop does not turn (peak RSS is the kernel's high-water mark; a full collection
every 10 s gives the retained heap). Queries: each dataset's api runs in a process of its own (\`createApiApp\`
on the data folder with PROJECTOR=external, since its views are built; request logs at warn; rate limit out of
reach), listening on 127.0.0.1; the benchmark's process sends \`GET /api/projects/{id}/outcomes?instrument=djg-6\`,
\`GET /api/outcomes?instrument=djg-6&groupBy=interventionType\` and the project outcome with
\`asOf=${large.dataset.middleInstant}\` (at 1M; the 10k dataset's own middle instant there), the instant by which half of the
events had been recorded, with node's fetch over keep-alive connections. ${settings.warmUps} warm-up rounds, then
${settings.trials} measured rounds; each round makes all six requests (three queries × two datasets) in a freshly
shuffled order, so that both datasets meet the same load from the rest of the machine. A request is timed from
sending it to having read the whole body. Below HTTP, the api process times the query handler (through the
query bus), the reads alone (read point, catalogue, enrolled and pair counts, as the handler makes them) and
the read point alone, taking turns, ${settings.breakdownTrials} times each after ${Math.ceil(settings.breakdownTrials / 10)} warm-ups.
Percentiles are nearest-rank.`;
}

function datasetLine({ dataset }: ScaleRun): string {
  const { shape } = dataset;
  return (
    `**${shape.label}**: ${count(shape.organisations)} organisation${shape.organisations > 1 ? 's' : ''} × ` +
    `${shape.projectsPerOrganisation} projects × ${shape.participantsPerProject} participants = ` +
    `${count(participantsOf(shape))} participants, ${count(measurementsOf(shape))} measurements, ${count(dataset.events)} events`
  );
}

function storeRow({ dataset, storeBytes, replay, rebuild }: ScaleRun): string {
  const mib = (bytes: number) => `${count(bytes / 2 ** 20)} MiB`;
  return [
    dataset.shape.label,
    count(dataset.events),
    `${dataset.seconds.toFixed(1)} s`,
    count(dataset.events / dataset.seconds),
    `${mib(storeBytes.events)}, ${mib(storeBytes.keys)}, ${mib(storeBytes.views)}`,
    rateRange(replay.port),
    rateRange(replay.adapter),
    rebuild.stoppedAt === undefined
      ? `${rebuild.seconds.toFixed(1)} s`
      : `stopped after ${rebuild.seconds.toFixed(0)} s at ${count(rebuild.events)}`,
    count(rebuild.events / rebuild.seconds),
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

function memoryRow({ dataset, rebuild }: ScaleRun): string {
  const { memory } = rebuild;
  return `| ${dataset.shape.label} | ${count(memory.peakRss)} | ${count(memory.heapUsed)} | ${count(memory.retainedAtStart)} | ${count(memory.retainedAtEnd)} | ${count(memory.retainedHeap)} | ${(rebuild.longestLoopStallMs / 1000).toFixed(1)} s | ${rebuild.cpuSeconds.toFixed(0)} / ${rebuild.seconds.toFixed(0)} s |`;
}

function rebuildNote({ rebuild }: ScaleRun): string {
  if (rebuild.stoppedAt === undefined) {
    const views = Object.entries(rebuild.viewSeconds).map(([view, seconds]) => `${view} ${seconds.toFixed(0)} s`);
    return `Per view, seconds from the start of the 1M rebuild until it was live at the head: ${views.join(', ')}.`;
  }
  const minutes = rebuild.storeEvents / (rebuild.events / rebuild.seconds) / 60;
  return (
    `The 1M rebuild was stopped after ${rebuild.seconds.toFixed(0)} s, its slowest view at position ` +
    `${count(rebuild.events)} of ${count(rebuild.storeEvents)}. At that rate the whole rebuild would take about ` +
    `${minutes.toFixed(0)} minutes: an extrapolation, and an optimistic one, since the rate fell as the build went ` +
    `on (the first events are enrolments and baselines; the follow-ups replace rows and add versions).`
  );
}

function queryRow(query: QueryName, scale: ScaleRun): string {
  const latencies = scale.http[query];
  const answer = query === 'project outcome as of' ? `position ${scale.asOfPosition}` : '';
  return `| ${query} | ${scale.dataset.shape.label} | ${ms(latencies.p50)} | ${ms(latencies.p95)} | ${ms(latencies.min)}–${ms(latencies.max)} | ${latencies.count} | ${answer} |`;
}

function breakdownRow(query: QueryName, scale: ScaleRun): string {
  const http = scale.http[query].p50;
  const { handler, reads, readPoint } = scale.breakdown[query];
  return `| ${query} | ${scale.dataset.shape.label} | ${ms(http)} | ${ms(handler.p50)} | ${ms(reads.p50)} | ${ms(readPoint.p50)} | ${ms(handler.p50 - reads.p50)} | ${ms(http - handler.p50)} |`;
}

function profileLines({ rebuildProfile, requestProfiles, large }: ViewsRun): string {
  const requests = QUERIES.map(
    (query) =>
      `- _${query}_ (${requestProfiles[query].seconds.toFixed(1)} s busy): ${shares(requestProfiles[query].parts.slice(0, 8))}; ` +
      `under ${shares(requestProfiles[query].inclusive)}.`,
  );
  return `
Where the rebuild's time goes: the 10k rebuild once more with V8's profiler started and stopped around it (a
fresh views file beside copies of its events and keys; ${rebuildProfile.seconds.toFixed(1)} s busy). Self time by part of
the code: ${shares(rebuildProfile.parts.slice(0, 8))}. Inclusive time under: ${shares(rebuildProfile.inclusive)}. Functions
with the most self time: ${shares(rebuildProfile.functions.slice(0, 8))}.

Where a request's time goes: the ${large.dataset.shape.label} api's process under V8's profiler while the benchmark made
200 requests of each query one after another (busy time only; self time by part of the code, then inclusive
time under a few functions; \`getRawMany\` is TypeORM running the views' SQL):

${requests.join('\n')}
`;
}

function shares(list: readonly { readonly name: string; readonly share: number }[]): string {
  return list.map(({ name, share }) => `${name} ${Math.round(share * 100)} %`).join(', ');
}

export function rebuildRate({ rebuild }: ScaleRun): number {
  return rebuild.events / rebuild.seconds;
}

function rebuildReason({ large, rebuildProfile }: ViewsRun): string {
  const replay = median(large.replay.port);
  const rate = rebuildRate(large);
  return (
    `The runner applied ${count(rate)} events/s to the ${VIEWS.length} views while the port replays ` +
    `${count(replay)} events/s (${Math.round((rate / replay) * 100)} %): reading the events is not what limits it, ` +
    `applying them is. In the profile of the 10k rebuild: ${shares(rebuildProfile.parts.slice(0, 5))} of the ` +
    `self time; inclusive: ${shares(rebuildProfile.inclusive)}.`
  );
}

function memoryCheck({ small, large }: ViewsRun): GoalCheck {
  const over =
    large.rebuild.stoppedAt === undefined ? '' : ` (1M: over its first ${count(large.rebuild.events)} events)`;
  const rss = large.rebuild.memory.peakRss / small.rebuild.memory.peakRss;
  const retained = large.rebuild.memory.retainedHeap / small.rebuild.memory.retainedHeap;
  return {
    goal: `projector memory does not grow with the events: peak RSS and retained heap at 1M ≤ ${MEMORY_GROWTH_GOAL} × 10k`,
    measured: `RSS ${count(large.rebuild.memory.peakRss)} vs ${count(small.rebuild.memory.peakRss)} MiB (× ${rss.toFixed(2)}), retained heap ${count(large.rebuild.memory.retainedHeap)} vs ${count(small.rebuild.memory.retainedHeap)} MiB (× ${retained.toFixed(2)})${over}`,
    met: rss <= MEMORY_GROWTH_GOAL && retained <= MEMORY_GROWTH_GOAL,
    reason:
      `Retained heap at 1M went from ${count(large.rebuild.memory.retainedAtStart)} MiB at the start to ` +
      `${count(large.rebuild.memory.retainedHeap)} MiB at most during the rebuild and ` +
      `${count(large.rebuild.memory.retainedAtEnd)} MiB at its end (10k: ${count(small.rebuild.memory.retainedAtEnd)} MiB); ` +
      `at the most, by V8 space (MiB): ${Object.entries(large.rebuild.memory.spacesAtMostRetained)
        .map(([space, mib]) => `${space} ${mib}`)
        .join(', ')}.`,
  };
}

function p95Check(query: QueryName, large: ScaleRun, goalMs: number, profile: ProfileSummary): GoalCheck {
  const p95 = large.http[query].p95;
  return {
    goal: `${query} p95 ≤ ${goalMs} ms at 1M`,
    measured: `${ms(p95)} ms`,
    met: p95 <= goalMs,
    reason: timeReason(query, large, profile),
  };
}

function ratioCheck(query: QueryName, small: ScaleRun, large: ScaleRun): GoalCheck {
  const ratio = large.http[query].p95 / small.http[query].p95;
  return {
    goal: `${query} p95 1M / 10k ≤ ${SCALE_RATIO_GOAL}`,
    measured: `${ms(large.http[query].p95)} / ${ms(small.http[query].p95)} ms = ${ratio.toFixed(2)}`,
    met: ratio <= SCALE_RATIO_GOAL,
    reason:
      `${timeReason(query, large)} At 10k the reads took ${ms(small.breakdown[query].reads.p50)} ms (p50): ` +
      `the same answer costs more in the larger store.`,
  };
}

function asOfCheck(scale: ScaleRun): GoalCheck {
  const live = scale.http['project outcome'].p95;
  const asOf = scale.http['project outcome as of'].p95;
  return {
    goal: `project outcome as of p95 ≤ ${AS_OF_RATIO_GOAL} × live at ${scale.dataset.shape.label}`,
    measured: `${ms(asOf)} / ${ms(live)} ms = ${(asOf / live).toFixed(2)}`,
    met: asOf <= AS_OF_RATIO_GOAL * live,
    reason:
      `The read point (asOf → position) took ${ms(scale.breakdown['project outcome as of'].readPoint.p50)} ms (p50) ` +
      `and the reads ${ms(scale.breakdown['project outcome as of'].reads.p50)} ms, against ` +
      `${ms(scale.breakdown['project outcome'].reads.p50)} ms live.`,
  };
}

/** Where the time of a query went, from the in-process breakdown (p50). */
function timeReason(query: QueryName, scale: ScaleRun, profile?: ProfileSummary): string {
  const http = scale.http[query].p50;
  const { handler, reads } = scale.breakdown[query];
  const profiled = profile
    ? ` In the api's profile at 1M: ${shares(profile.parts.slice(0, 5))}; under ${shares(profile.inclusive)}.`
    : '';
  return (
    `At ${scale.dataset.shape.label} (p50): ${ms(http)} ms over HTTP; in the api's process the handler took ` +
    `${ms(handler.p50)} ms, of which the reads (SQL over the views) ${ms(reads.p50)} ms; the rest is HTTP, the ` +
    `token check and JSON.${profiled}`
  );
}

function rateRange(rates: readonly number[]): string {
  const sorted = [...rates].sort((a, b) => a - b);
  return sorted.length > 1
    ? `${count(median(sorted))} (${count(sorted[0]!)}–${count(sorted.at(-1)!)})`
    : count(sorted[0]!);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB');
}
