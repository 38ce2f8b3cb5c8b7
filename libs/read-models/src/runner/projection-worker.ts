import type { EventStore } from '@outcome/event-store';
import { CheckpointMovedError } from '../errors';
import { evolveBatch, selectorsOf } from '../projection/evolve-batch';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import { type BuildPlan, planBuilds, planChangesRegistry } from './build-plan';
import { pause } from './pause';
import type { HeldLock, ProjectionLock } from './projection-lock';
import type { ProjectionLogger } from './projection-logger';
import {
  type Build,
  type RegistryEntry,
  addBuild,
  advanceCheckpoint,
  clearRebuildRequest,
  promoteBuild,
  readLiveBuilds,
  readRegistryEntry,
  registerProjection,
  removeBuild,
} from './projection-registry';
import type { ProjectionState, ProjectionStatus } from './projection-status';
import { type RetryPolicy, retryDelayMs } from './retry-delay';
import { ThroughputMeter } from './throughput-meter';
import { ViewTable } from './view-table';

export interface WorkerSettings {
  /** Events read and applied per transaction. */
  readonly batchSize: number;
  /** Longest wait for new events before looking again (a rebuild request, say). */
  readonly idleWaitMs: number;
  /** How often a runner on standby tries to take the projection over. */
  readonly standbyPollMs: number;
  readonly retry: RetryPolicy;
  readonly throughputWindowMs: number;
}

export interface WorkerDependencies {
  readonly eventStore: EventStore;
  readonly readStore: ReadStore;
  readonly lock: ProjectionLock;
  readonly logger: ProjectionLogger;
  readonly settings: WorkerSettings;
  /** Called whenever the live position may have moved. */
  readonly onProgress: () => void;
}

interface BatchResult {
  readonly build: Build;
  /** The batch reached the end of the store. */
  readonly caughtUp: boolean;
}

/**
 * Runs one projection: takes its lock (or stands by), then follows its builds batch by batch,
 * each batch's rows and checkpoint in one transaction, and puts a finished rebuild live.
 */
export class ProjectionWorker {
  private state: ProjectionState = 'starting';
  private generation: number | null = null;
  private position: bigint | null = null;
  private head: bigint | null = null;
  private building: ProjectionStatus['building'] = null;
  private failure: ProjectionStatus['failure'] = null;
  private readonly meter: ThroughputMeter;
  private readonly handledTypes: ReadonlySet<string>;

  constructor(
    private readonly projection: Projection,
    private readonly deps: WorkerDependencies,
  ) {
    this.meter = new ThroughputMeter(deps.settings.throughputWindowMs);
    this.handledTypes = new Set(projection.eventTypes);
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
    let attempts = 0;
    while (!signal.aborted) {
      try {
        const { caughtUp, after } = await this.step();
        attempts = 0;
        this.failure = null;
        this.state = 'running';
        if (caughtUp)
          await this.deps.eventStore.waitForAppend(after ?? undefined, this.deps.settings.idleWaitMs, signal);
      } catch (error) {
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

  /** One batch for each build being filled, then the switch if a rebuild has caught up. */
  private async step(): Promise<{ caughtUp: boolean; after: bigint | null }> {
    const plan = await this.plan();
    let live = plan.live;
    let building = plan.building;
    let caughtUp = true;
    const followed: (bigint | null)[] = [];
    if (live && plan.liveIsCurrent) {
      const batch = await this.applyNextBatch(live);
      live = batch.build;
      caughtUp = batch.caughtUp;
      followed.push(live.checkpoint);
    }
    if (building) {
      const batch = await this.applyNextBatch(building);
      building = batch.build;
      caughtUp &&= batch.caughtUp;
      followed.push(building.checkpoint);
      const liveIsAhead = live !== null && plan.liveIsCurrent && isAfter(live.checkpoint, building.checkpoint);
      if (batch.caughtUp && !liveIsAhead) {
        await this.switchLive(building, live);
        live = building;
        building = null;
      }
    }
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

  /** The builds to follow, after starting or abandoning builds as the registry requires. */
  private async plan(): Promise<BuildPlan> {
    for (;;) {
      const entry = await this.deps.readStore.read((runner) => readRegistryEntry(runner, this.projection.name));
      const plan = planBuilds(entry, this.projection.version);
      if (!planChangesRegistry(entry, plan)) return plan;
      await this.reshape(entry, plan);
    }
  }

  private async reshape(entry: RegistryEntry | null, plan: BuildPlan): Promise<void> {
    const { name, version, table } = this.projection;
    await this.deps.readStore.write(async (runner) => {
      if (entry === null) await registerProjection(runner, name);
      if (entry?.rebuildRequested) await clearRebuildRequest(runner, name);
      if (plan.abandoned) {
        await new ViewTable(table, plan.abandoned.generation).drop(runner);
        await removeBuild(runner, plan.abandoned);
      }
      if (plan.start !== null) {
        await addBuild(runner, { projection: name, generation: plan.start, version, checkpoint: null });
        await new ViewTable(table, plan.start).create(runner);
      }
    });
    if (plan.abandoned) this.report('info', 'abandoned a build of another version', undefined, plan.abandoned);
    if (plan.start !== null) this.report('info', 'started a build', undefined, { generation: plan.start, version });
  }

  private async applyNextBatch(build: Build): Promise<BatchResult> {
    const { batchSize } = this.deps.settings;
    const events = await this.deps.eventStore.readAll({ after: build.checkpoint ?? undefined, maxCount: batchSize });
    if (events.length === 0) return { build, caughtUp: true };
    const checkpoint = events[events.length - 1]!.position;
    const handled = events.filter((event) => this.handledTypes.has(event.type));
    const table = new ViewTable(this.projection.table, build.generation);
    await this.deps.readStore.write(async (runner) => {
      await advanceCheckpoint(runner, build, checkpoint);
      if (handled.length === 0) return;
      const stored = await table.load(runner, selectorsOf(this.projection, handled));
      await table.apply(runner, evolveBatch(this.projection, stored, handled));
    });
    this.meter.record(events.length);
    return { build: { ...build, checkpoint }, caughtUp: events.length < batchSize };
  }

  /** Readers move to the new build and the old build's table goes, in one transaction. */
  private async switchLive(building: Build, live: Build | null): Promise<void> {
    await this.deps.readStore.write(async (runner) => {
      await promoteBuild(runner, building);
      if (live) {
        await removeBuild(runner, live);
        await new ViewTable(this.projection.table, live.generation).drop(runner);
      }
    });
    this.report('info', 'switched readers to a new build', undefined, building);
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function loggable(details: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [key, typeof value === 'bigint' ? value.toString() : value]),
  );
}
