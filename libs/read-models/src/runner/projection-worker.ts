import type { EventStore } from '@outcome/event-store';
import { CheckpointMovedError } from '../errors';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import { pause } from './pause';
import type { HeldLock, ProjectionLock } from './projection-lock';
import type { ProjectionLogger } from './projection-logger';
import type { BuildPlan } from './build-plan';
import { type BuildChange, ProjectionBuilder } from './projection-builder';
import { readLiveBuilds } from '../read-store/projection-registry';
import type { ProjectionState, ProjectionStatus } from './projection-status';
import { type RetryPolicy, retryDelayMs } from './retry-delay';
import { ThroughputMeter } from './throughput-meter';
import type { SharedEventPages } from './shared-event-pages';

export interface WorkerSettings {
  /** Events read and applied per transaction. */
  readonly batchSize: number;
  /** Longest wait for new events before looking again (a rebuild request, say). */
  readonly idleWaitMs: number;
  /** Shortest time between the starts of two batches that follow new events: events arriving meanwhile join the next batch. */
  readonly batchIntervalMs: number;
  /** How often a runner on standby tries to take the projection over. */
  readonly standbyPollMs: number;
  readonly retry: RetryPolicy;
  readonly throughputWindowMs: number;
}

export interface WorkerDependencies {
  readonly eventStore: EventStore;
  /** The store's pages, read once for all the runner's workers. */
  readonly pages: SharedEventPages;
  readonly readStore: ReadStore;
  readonly lock: ProjectionLock;
  readonly logger: ProjectionLogger;
  readonly settings: WorkerSettings;
  /** Called whenever the live position may have moved. */
  readonly onProgress: () => void;
}

const CHANGE_MESSAGES: Readonly<Record<BuildChange, string>> = {
  started: 'started a build',
  abandoned: 'abandoned a build of another version',
  switched: 'switched readers to a new build',
};

/**
 * Runs one projection: takes its lock (or stands by), follows its builds while it holds it,
 * retries a failing batch with backoff, and keeps the projection's status.
 */
export class ProjectionWorker {
  private state: ProjectionState = 'starting';
  private generation: number | null = null;
  private position: bigint | null = null;
  private head: bigint | null = null;
  private building: ProjectionStatus['building'] = null;
  private failure: ProjectionStatus['failure'] = null;
  /** The plan as this worker left it after its last batch, and when the registry was read for it. */
  private lastPlan: { readonly plan: BuildPlan; readonly readAt: number } | null = null;
  private readonly meter: ThroughputMeter;
  private readonly builder: ProjectionBuilder;

  constructor(
    private readonly projection: Projection,
    private readonly deps: WorkerDependencies,
  ) {
    this.meter = new ThroughputMeter(deps.settings.throughputWindowMs);
    this.builder = new ProjectionBuilder(projection, deps.pages, deps.readStore, (change, build) =>
      this.report('info', CHANGE_MESSAGES[change], undefined, build),
    );
  }

  get name(): string {
    return this.projection.name;
  }

  /** The checkpoint of the live build, as this worker last saw it. */
  get livePosition(): bigint | null {
    return this.position;
  }

  status(): ProjectionStatus {
    const behind = this.head === null ? 0n : this.head - (this.position ?? 0n);
    return {
      projection: this.projection.name,
      version: this.projection.version,
      state: this.state,
      generation: this.generation,
      position: this.position,
      head: this.head,
      lag: behind > 0n ? behind : 0n,
      eventsPerSecond: this.meter.eventsPerSecond(),
      building: this.building,
      failure: this.failure,
    };
  }

  /** Runs until the signal aborts; the batch in flight then finishes and the lock is released. */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const held = await this.tryAcquire();
      if (!held) {
        await this.standBy(signal);
        continue;
      }
      try {
        await this.follow(AbortSignal.any([signal, held.lost]));
      } finally {
        this.state = signal.aborted ? 'stopped' : 'standby';
        await held
          .release()
          .catch((error: unknown) => this.report('warn', 'could not release the projection lock', error));
      }
      if (held.lost.aborted && !signal.aborted) this.report('warn', 'lost the projection lock; standing by');
    }
    await this.deps.lock
      .close()
      .catch((error: unknown) => this.report('warn', 'could not close the projection lock', error));
    this.state = 'stopped';
  }

  private async tryAcquire(): Promise<HeldLock | null> {
    try {
      return await this.deps.lock.tryAcquire();
    } catch (error) {
      this.report('error', 'could not take the projection lock', error);
      return null;
    }
  }

  private async standBy(signal: AbortSignal): Promise<void> {
    this.state = 'standby';
    // Only the status depends on it, and tryAcquire reports an unreachable store already.
    await this.refreshFromRegistry().catch(() => undefined);
    await pause(this.deps.settings.standbyPollMs, signal);
  }

  private async refreshFromRegistry(): Promise<void> {
    const live = await this.deps.readStore.read((runner) => readLiveBuilds(runner, [this.projection.name]));
    const build = live.get(this.projection.name) ?? null;
    this.generation = build?.generation ?? null;
    this.position = build?.checkpoint ?? null;
    this.head = await this.deps.eventStore.readHeadPosition();
    this.deps.onProgress();
  }

  private async follow(signal: AbortSignal): Promise<void> {
    this.state = 'running';
    this.lastPlan = null;
    let attempts = 0;
    while (!signal.aborted) {
      try {
        const startedAt = Date.now();
        const { caughtUp, after } = await this.step();
        attempts = 0;
        this.failure = null;
        this.state = 'running';
        if (caughtUp) {
          await this.deps.eventStore.waitForAppend(after ?? undefined, this.deps.settings.idleWaitMs, signal);
          await this.gatherEventsUntil(startedAt + this.deps.settings.batchIntervalMs, signal);
        }
        // better-sqlite3 settles every promise at once: without a turn of the event loop between
        // batches, a catch-up would hold up every request and timer of the process until it ended.
        else await yieldToEventLoop();
      } catch (error) {
        this.lastPlan = null;
        if (error instanceof CheckpointMovedError) {
          this.report('warn', 'another runner moved the checkpoint; standing by', error);
          return;
        }
        attempts += 1;
        const retryInMs = retryDelayMs(attempts, this.deps.settings.retry);
        this.state = 'failing';
        this.failure = { message: messageOf(error), attempts, retryInMs };
        this.report('error', 'projection failed; retrying the batch', error, { attempts, retryInMs });
        await pause(retryInMs, signal);
      }
    }
  }

  /**
   * Events arriving quickly would otherwise be applied a group commit at a time, each batch a
   * transaction of its own per view; waiting out the interval lets them share one. An event after
   * a quiet spell is applied at once.
   */
  private async gatherEventsUntil(until: number, signal: AbortSignal): Promise<void> {
    const remainingMs = until - Date.now();
    if (remainingMs > 0) await pause(remainingMs, signal);
  }

  /**
   * The plan of the last batch while it is younger than the idle wait: the registry changes only
   * through this worker (it holds the lock; the checkpoint fences it off otherwise) or by a rebuild
   * request, which is thus seen as soon as an idle runner would see it.
   */
  private async currentPlan(): Promise<{ plan: BuildPlan; readAt: number }> {
    if (this.lastPlan && Date.now() - this.lastPlan.readAt < this.deps.settings.idleWaitMs) return this.lastPlan;
    const readAt = Date.now();
    return { plan: await this.builder.plan(), readAt };
  }

  /** One batch for each build being filled, then the switch if a rebuild has caught up. */
  private async step(): Promise<{ caughtUp: boolean; after: bigint | null }> {
    const { batchSize } = this.deps.settings;
    const { plan, readAt } = await this.currentPlan();
    let live = plan.live;
    let building = plan.building;
    let caughtUp = true;
    let switched = false;
    const followed: (bigint | null)[] = [];
    if (live && plan.liveIsCurrent) {
      const batch = await this.builder.applyNextBatch(live, batchSize);
      this.meter.record(batch.events);
      live = batch.build;
      caughtUp = batch.caughtUp;
      followed.push(live.checkpoint);
    }
    if (building) {
      const batch = await this.builder.applyNextBatch(building, batchSize);
      this.meter.record(batch.events);
      building = batch.build;
      caughtUp &&= batch.caughtUp;
      followed.push(building.checkpoint);
      // A live build that kept following may have read further: switching now would step readers back.
      const liveIsAhead = live !== null && plan.liveIsCurrent && isAfter(live.checkpoint, building.checkpoint);
      if (batch.caughtUp && !liveIsAhead) {
        await this.builder.switchLive(building, live);
        live = building;
        building = null;
        switched = true;
      }
    }
    this.lastPlan = switched ? null : { plan: { ...plan, live, building }, readAt };
    this.generation = live?.generation ?? null;
    this.position = live?.checkpoint ?? null;
    this.building = building && {
      generation: building.generation,
      version: building.version,
      position: building.checkpoint,
    };
    this.head = await this.deps.eventStore.readHeadPosition();
    this.deps.onProgress();
    return { caughtUp, after: earliest(followed) };
  }

  private report(level: keyof ProjectionLogger, message: string, error?: unknown, details: object = {}): void {
    this.deps.logger[level](message, {
      projection: this.projection.name,
      ...loggable(details),
      ...(error === undefined ? {} : { error: messageOf(error) }),
    });
  }
}

function isAfter(a: bigint | null, b: bigint | null): boolean {
  return a !== null && (b === null || a > b);
}

/** The earliest checkpoint; null, before any event, is earliest of all. */
function earliest(checkpoints: readonly (bigint | null)[]): bigint | null {
  return checkpoints.reduce((a, b) => (a === null || b === null ? null : a < b ? a : b));
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function loggable(details: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [key, typeof value === 'bigint' ? value.toString() : value]),
  );
}
