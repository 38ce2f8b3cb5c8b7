import { EventEmitter, once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EventStore } from '@outcome/event-store';
import { PositionNotReachedError, UnknownProjectionError } from '../errors';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import type { PositionWaiter } from './position-waiter';
import { projectionLockFor } from './projection-lock-for';
import type { ProjectionLogger } from './projection-logger';
import { requestRebuild } from '../read-store/projection-registry';
import type { ProjectionStatus } from './projection-status';
import { ProjectionWorker, type WorkerSettings } from './projection-worker';
import { SharedEventPages } from './shared-event-pages';

export interface ProjectionRunnerOptions {
  readonly eventStore: EventStore;
  readonly readStore: ReadStore;
  readonly projections: readonly Projection[];
  readonly logger: ProjectionLogger;
  /** Events per transaction; default 500. */
  readonly batchSize?: number;
  /** SQLite lease length, and how often PostgreSQL lock connections are checked (a third of it); default 15 s. */
  readonly leaseMs?: number;
  /** How often a runner on standby tries to take a projection over; default 1 s. */
  readonly standbyPollMs?: number;
  /** Longest idle wait before looking for rebuild requests; default 1 s. */
  readonly idleWaitMs?: number;
  /** Shortest time between two batches of a view while events keep arriving; default 10 ms. */
  readonly batchIntervalMs?: number;
  /** Backoff for a failing projection; default 0.5 s doubling up to 30 s. */
  readonly retry?: WorkerSettings['retry'];
  /** How often progress is logged; default 5 s. */
  readonly progressLogIntervalMs?: number;
  /** Names this runner in leases; default host, process and a random id. */
  readonly owner?: string;
}

/**
 * Keeps the views up to date: one worker per projection, each running only while it holds that
 * projection's lock, so several runners (processes) may start and one of them runs each view.
 */
export class ProjectionRunner implements PositionWaiter {
  private readonly workers: readonly ProjectionWorker[];
  private readonly progress = new EventEmitter().setMaxListeners(0);
  private readonly lastLogged = new Map<string, bigint | null>();
  private running: {
    readonly stop: AbortController;
    readonly done: Promise<void>;
    readonly logTimer: NodeJS.Timeout;
  } | null = null;

  constructor(private readonly options: ProjectionRunnerOptions) {
    const names = options.projections.map((projection) => projection.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw new Error(`Two projections are named ${duplicate}`);
    const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID()}`;
    const leaseMs = options.leaseMs ?? 15_000;
    const settings: WorkerSettings = {
      batchSize: options.batchSize ?? 500,
      idleWaitMs: options.idleWaitMs ?? 1000,
      batchIntervalMs: options.batchIntervalMs ?? 10,
      standbyPollMs: options.standbyPollMs ?? 1000,
      retry: options.retry ?? { initialDelayMs: 500, maxDelayMs: 30_000 },
      throughputWindowMs: 10_000,
    };
    const pages = new SharedEventPages(options.eventStore, 4 * options.projections.length);
    this.workers = options.projections.map(
      (projection) =>
        new ProjectionWorker(projection, {
          eventStore: options.eventStore,
          pages,
          readStore: options.readStore,
          lock: projectionLockFor(options.readStore, projection.name, { owner, leaseMs }),
          logger: options.logger,
          settings,
          onProgress: () => this.progress.emit('progress'),
        }),
    );
  }

  start(): void {
    if (this.running) return;
    const stop = new AbortController();
    const done = Promise.all(this.workers.map((worker) => worker.run(stop.signal))).then(() => undefined);
    const logTimer = setInterval(() => this.logProgress(), this.options.progressLogIntervalMs ?? 5000);
    this.running = { stop, done, logTimer };
  }

  /** Lets each in-flight batch commit, releases the locks and resolves. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const { stop, done, logTimer } = this.running;
    clearInterval(logTimer);
    stop.abort();
    await done;
    this.running = null;
  }

  status(): ProjectionStatus[] {
    return this.workers.map((worker) => worker.status());
  }

  async waitForPosition(position: bigint, timeoutMs: number): Promise<void> {
    const deadline = AbortSignal.timeout(timeoutMs);
    for (;;) {
      const behind = this.workers.filter((worker) => !hasProcessed(worker.livePosition, position));
      if (behind.length === 0) return;
      try {
        await once(this.progress, 'progress', { signal: deadline });
      } catch {
        throw new PositionNotReachedError(
          position,
          timeoutMs,
          behind.map((worker) => worker.name),
        );
      }
    }
  }

  /** Rebuilds the view beside the live one, whichever runner holds it; readers switch once it has caught up. */
  async requestRebuild(projection: string): Promise<void> {
    if (!this.workers.some((worker) => worker.name === projection)) throw new UnknownProjectionError(projection);
    await this.options.readStore.write((runner) => requestRebuild(runner, projection));
  }

  private logProgress(): void {
    for (const status of this.status()) {
      const moved = (this.lastLogged.get(status.projection) ?? null) !== status.position;
      if (!moved && status.lag === 0n && status.building === null) continue;
      this.lastLogged.set(status.projection, status.position);
      this.options.logger.info('projection progress', {
        projection: status.projection,
        state: status.state,
        position: status.position?.toString() ?? null,
        head: status.head?.toString() ?? null,
        lag: status.lag.toString(),
        eventsPerSecond: Math.round(status.eventsPerSecond),
        building: status.building && { ...status.building, position: status.building.position?.toString() ?? null },
      });
    }
  }
}

function hasProcessed(checkpoint: bigint | null, position: bigint): boolean {
  return checkpoint !== null && checkpoint >= position;
}
