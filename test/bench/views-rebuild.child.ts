import { performance } from 'node:perf_hooks';
import { openPlatformStores } from '@outcome/application';
import { type EventStore, SqliteEventStore } from '@outcome/event-store';
import { ProjectionRunner, VIEWS } from '@outcome/read-models';
import { serveParent } from './bench-child';
import { CpuProfiler } from './cpu-profiler';
import { collectAllGarbage } from './garbage-collection';
import { MemorySampler, type MemoryPeaks } from './memory-sampler';
import { ObservedEventStore } from './observed-event-store';
import { benchConfig } from './views-config';

/** Replays or rebuilds the stores of one data folder, in a process of its own (argv[2] is the folder). */

export type RebuildChildRequest =
  | { readonly kind: 'replay'; readonly rounds: number }
  | { readonly kind: 'rebuild'; readonly stopAfterMs?: number; readonly profileFile?: string }
  /** Follows the store while it is being written, building these views, until they are live at the head noted. */
  | { readonly kind: 'follow'; readonly views: readonly string[] };

/** Sent as a note while following: the store's head once the writer has finished. */
export interface FinalHead {
  readonly head: string;
}

export interface FollowResult {
  /** Seconds from the writer's last append until the views were live at the head. */
  readonly secondsAfterWriter: number;
}

export interface ReplayResult {
  /** Events per second of each round, through the port as the app opens it (decrypting personal data). */
  readonly port: readonly number[];
  /** The SQLite adapter alone, without the personal-data and upcasting decorators. */
  readonly adapter: readonly number[];
  readonly events: number;
}

export interface RebuildResult {
  /** Events the slowest view had applied when the rebuild ended: all of them, unless it was stopped. */
  readonly events: number;
  /** Events in the store. */
  readonly storeEvents: number;
  /** From start until every view's build had caught up with the store's head and was live. */
  readonly seconds: number;
  /** When each view caught up, seconds from the start. */
  readonly viewSeconds: Readonly<Record<string, number>>;
  readonly memory: MemoryPeaks;
  /**
   * The longest the event loop went without turning during the rebuild (ms): what a timer, an
   * HTTP request or an IPC message in the same process would have waited.
   */
  readonly longestLoopStallMs: number;
  /** CPU time of the process (user and system) during the rebuild: the rest of the wall time it waited, mostly on fsync. */
  readonly cpuSeconds: number;
  /** Set when the build was stopped before catching up: how far the slowest view had come. */
  readonly stoppedAt?: number;
  readonly warnings: readonly string[];
}

const STATUS_POLL_MS = 50;
const PROGRESS_EVERY_MS = 10_000;
const REPLAY_PAGE_SIZE = 1000;

const dataDir = process.argv[2]!;

let finalHead: { head: bigint; at: number } | undefined;

serveParent(
  async (request, progress) => {
    const asked = request as RebuildChildRequest;
    if (asked.kind === 'replay') return replay(asked.rounds);
    if (asked.kind === 'follow') return follow(asked.views, progress);
    return rebuild(progress, asked.stopAfterMs, asked.profileFile);
  },
  undefined,
  (note) => {
    finalHead = { head: BigInt((note as FinalHead).head), at: performance.now() };
  },
);

/** Reads every event with `replay()`, alternately through the app's port and through the bare adapter. */
async function replay(rounds: number): Promise<ReplayResult> {
  const stores = await openPlatformStores(benchConfig(dataDir));
  const adapter = SqliteEventStore.openInDataDir(dataDir);
  const rates = { port: [] as number[], adapter: [] as number[] };
  let events = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['port', 'adapter'] as const) : (['adapter', 'port'] as const);
      for (const side of order) {
        collectAllGarbage();
        const started = performance.now();
        events = await readEverything(side === 'port' ? stores.eventStore : adapter);
        rates[side].push(events / ((performance.now() - started) / 1000));
      }
    }
  } finally {
    await adapter.dispose();
    await stores.close();
  }
  return { ...rates, events };
}

async function readEverything(store: EventStore): Promise<number> {
  let events = 0;
  for await (const event of store.replay({ pageSize: REPLAY_PAGE_SIZE })) if (event.position > 0n) events++;
  return events;
}

/**
 * Starts the projection runner as the api does (every view of VIEWS, default batch size, lease
 * and waits) on a read store without views, and waits until every view is live at the head.
 * The runner reads through a thin observer of the app's event store, which samples memory and
 * notes progress once per batch read.
 */
async function rebuild(
  progress: (line: string) => void,
  stopAfterMs?: number,
  profileFile?: string,
): Promise<RebuildResult> {
  const stores = await openPlatformStores(benchConfig(dataDir));
  const head = (await stores.eventStore.readHeadPosition()) ?? 0n;
  const warnings: string[] = [];
  const note = (level: string) => (message: string, details: Readonly<Record<string, unknown>>) =>
    warnings.push(`${level}: ${message} ${JSON.stringify(details)}`);
  const sampler = new MemorySampler();
  const watch = new BuildWatch(head, progress, stopAfterMs);
  const runner: ProjectionRunner = new ProjectionRunner({
    eventStore: new ObservedEventStore(stores.eventStore, () => {
      sampler.sample();
      loop.look();
      // The runner's promise chain keeps timers from firing while it catches up: stop it from here.
      if (watch.look(runner) && watch.stoppedAt !== undefined) void runner.stop();
    }),
    readStore: stores.readStore,
    projections: VIEWS,
    logger: { info: () => undefined, warn: note('warn'), error: note('error') },
  });
  const profiler = profileFile ? await CpuProfiler.start() : undefined;
  const loop = new LoopStallMeter();
  const cpuAtStart = process.cpuUsage();
  runner.start();
  try {
    while (!watch.look(runner)) await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
    const seconds = watch.endedSeconds!;
    return {
      events: watch.stoppedAt ?? Number(head),
      storeEvents: Number(head),
      seconds,
      viewSeconds: watch.viewSeconds,
      memory: sampler.stop(),
      longestLoopStallMs: loop.stop(),
      cpuSeconds: cpuSecondsSince(cpuAtStart),
      stoppedAt: watch.stoppedAt,
      warnings,
    };
  } finally {
    loop.stop();
    sampler.stop();
    await runner.stop();
    if (profiler) await profiler.stopInto(profileFile!);
    await stores.close();
  }
}

/**
 * Runs the projection runner over the named views while another process appends, as the api's
 * projector would; answers once the writer has noted its last position and every view is live there.
 */
async function follow(views: readonly string[], progress: (line: string) => void): Promise<FollowResult> {
  const stores = await openPlatformStores(benchConfig(dataDir));
  const projections = VIEWS.filter((view) => views.includes(view.name));
  let lastProgress = performance.now();
  const runner: ProjectionRunner = new ProjectionRunner({
    eventStore: new ObservedEventStore(stores.eventStore, () => {
      if (performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = performance.now();
      const slowest = Math.min(
        ...runner.status().map((status) => Number(status.building?.position ?? status.position ?? 0n)),
      );
      progress(`    projector following the writer: views at ${slowest.toLocaleString('en-GB')}`);
    }),
    readStore: stores.readStore,
    projections,
    logger: {
      info: () => undefined,
      warn: (message, details) => progress(`    projector warning: ${message} ${JSON.stringify(details)}`),
      error: (message, details) => progress(`    projector error: ${message} ${JSON.stringify(details)}`),
    },
  });
  runner.start();
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
      if (finalHead && runner.status().every((status) => status.position === finalHead!.head)) {
        return { secondsAfterWriter: (performance.now() - finalHead.at) / 1000 };
      }
    }
  } finally {
    await runner.stop();
    await stores.close();
  }
}

/**
 * How long the event loop went without turning: a 10 ms timer notes when it last ran, and the
 * runner's reads (through the observer) look at how long ago that was.
 */
class LoopStallMeter {
  private lastTurn = performance.now();
  private longest = 0;
  private readonly timer = setInterval(() => this.look(true), 10);

  look(turned = false): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.lastTurn);
    if (turned) this.lastTurn = now;
  }

  /** Stops, and answers the longest stall in milliseconds. */
  stop(): number {
    clearInterval(this.timer);
    return this.longest;
  }
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/** Notes when each view is live at the head, prints progress, and says when to stop. */
class BuildWatch {
  readonly viewSeconds: Record<string, number> = {};
  stoppedAt: number | undefined;
  /** When every view was first seen live at the head, or the time given was up. */
  endedSeconds: number | undefined;
  private readonly started = performance.now();
  private lastProgress = this.started;

  constructor(
    private readonly head: bigint,
    private readonly progress: (line: string) => void,
    private readonly stopAfterMs: number | undefined,
  ) {}

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  private end(): true {
    this.endedSeconds = this.elapsed();
    return true;
  }

  /** True once every view is live at the head, or the time given is up. */
  look(runner: ProjectionRunner): boolean {
    if (this.endedSeconds !== undefined) return true;
    const statuses = runner.status();
    for (const status of statuses) {
      if (status.position === this.head && this.viewSeconds[status.projection] === undefined) {
        this.viewSeconds[status.projection] = this.elapsed();
      }
    }
    if (Object.keys(this.viewSeconds).length === statuses.length) return this.end();
    const slowest = Math.min(...statuses.map((status) => Number(status.building?.position ?? status.position ?? 0n)));
    if (this.stopAfterMs !== undefined && this.elapsed() * 1000 > this.stopAfterMs) {
      this.stoppedAt = slowest;
      return this.end();
    }
    if (performance.now() - this.lastProgress > PROGRESS_EVERY_MS) {
      this.lastProgress = performance.now();
      this.progress(
        `    rebuild: ${this.elapsed().toFixed(0)} s, slowest view at ${slowest.toLocaleString('en-GB')} of ` +
          `${this.head.toLocaleString('en-GB')} (${Math.round(slowest / this.elapsed()).toLocaleString('en-GB')} ev/s), ` +
          `${Object.keys(this.viewSeconds).length}/${statuses.length} views live, ` +
          `RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
      );
    }
    return false;
  }
}
