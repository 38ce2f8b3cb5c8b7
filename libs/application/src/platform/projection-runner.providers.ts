import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  ProjectionCheckpoints,
  ProjectionRunner,
  type Projection,
  type ProjectionStatus,
  RECORDING_VIEWS,
  ReadStore,
} from '@outcome/read-models';
import { EventStore } from '@outcome/event-store';
import { NestProjectionLogger } from './nest-projection-logger';
import { ViewProgress } from './view-progress';

/** Every view this version of the platform keeps. */
export const VIEWS: readonly Projection[] = RECORDING_VIEWS as readonly Projection[];

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

  status(): readonly ProjectionStatus[] {
    return this.runner.status();
  }
}

/** Follows projectors that run in other processes (`PROJECTOR=external`) through their checkpoints. */
@Injectable()
export class ExternalViewProgress extends ViewProgress {
  private readonly checkpoints: ProjectionCheckpoints;

  constructor(readStore: ReadStore) {
    super();
    this.checkpoints = new ProjectionCheckpoints(
      readStore,
      VIEWS.map((view) => view.name),
    );
  }

  waitForPosition(position: bigint, timeoutMs: number): Promise<void> {
    return this.checkpoints.waitForPosition(position, timeoutMs);
  }

  status(): readonly ProjectionStatus[] {
    return [];
  }
}
