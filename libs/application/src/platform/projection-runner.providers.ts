import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ProjectionCheckpoints, ProjectionRunner, ReadStore, VIEWS } from '@outcome/read-models';
import { EventStore } from '@outcome/event-store';
import { NestProjectionLogger } from './nest-projection-logger';
import { type ViewLag, ViewProgress } from './view-progress';

/** Runs the projections in this process: the embedded default, and the projector app. */
@Injectable()
export class InProcessViewProgress extends ViewProgress implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runner: ProjectionRunner;

  constructor(eventStore: EventStore, readStore: ReadStore) {
    super();
    this.runner = new ProjectionRunner({
      eventStore,
      readStore,
      projections: VIEWS,
      logger: new NestProjectionLogger(),
    });
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  /** Before the stores close: lets the batch in flight commit. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  waitForPosition(position: bigint, timeoutMs: number): Promise<void> {
    return this.runner.waitForPosition(position, timeoutMs);
  }

  async lags(): Promise<readonly ViewLag[]> {
    return this.runner.status().map((status) => ({
      projection: status.projection,
      state: status.state,
      position: status.position,
      head: status.head,
      lag: status.lag,
      eventsPerSecond: status.eventsPerSecond,
    }));
  }
}

/** Follows projectors that run in other processes (`PROJECTOR=external`) through their checkpoints. */
@Injectable()
export class ExternalViewProgress extends ViewProgress {
  private readonly checkpoints: ProjectionCheckpoints;

  constructor(
    readStore: ReadStore,
    private readonly eventStore: EventStore,
  ) {
    super();
    this.checkpoints = new ProjectionCheckpoints(
      readStore,
      VIEWS.map((view) => view.name),
    );
  }

  waitForPosition(position: bigint, timeoutMs: number): Promise<void> {
    return this.checkpoints.waitForPosition(position, timeoutMs);
  }

  /** From the checkpoint table: a stuck projector elsewhere shows as a growing lag. */
  async lags(): Promise<readonly ViewLag[]> {
    const [positions, head] = await Promise.all([this.checkpoints.livePositions(), this.eventStore.readHeadPosition()]);
    return [...positions].map(([projection, position]) => ({
      projection,
      state: 'external',
      position,
      head,
      lag: head === null ? 0n : head - (position ?? 0n),
      eventsPerSecond: null,
    }));
  }
}
