import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ViewProgress } from '@outcome/application';
import { EventStore } from '@outcome/event-store';
import { ReadStore } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';

/** How long a store may take to answer a health probe. */
const PROBE_TIMEOUT_MS = 3000;

/** The health of each part: stores reachable, and how far behind each view is. */
@Injectable()
export class PlatformHealthIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly config: AppConfig,
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly progress: ViewProgress,
  ) {}

  async eventStoreHealth() {
    const check = this.health.check('eventStore');
    try {
      const head = await withTimeout(this.eventStore.readHeadPosition());
      return check.up({ kind: this.config.eventStore, head: head?.toString() ?? null });
    } catch (error) {
      return check.down({ kind: this.config.eventStore, message: messageOf(error) });
    }
  }

  async readStoreHealth() {
    const check = this.health.check('readStore');
    try {
      await withTimeout(this.readStore.read((runner) => runner.query('SELECT 1')));
      return check.up({ kind: this.config.readStore });
    } catch (error) {
      return check.down({ kind: this.config.readStore, message: messageOf(error) });
    }
  }

  /** Views lagging is not ill health (they catch up); a failing projection is. */
  async projectorHealth() {
    const check = this.health.check('projector');
    const projections = (await this.progress.lags()).map((view) => ({
      projection: view.projection,
      state: view.state,
      position: view.position?.toString() ?? null,
      lag: view.lag.toString(),
      eventsPerSecond: view.eventsPerSecond === null ? null : Math.round(view.eventsPerSecond),
    }));
    const details = { mode: this.config.projector, projections };
    return projections.some((projection) => projection.state === 'failing') ? check.down(details) : check.up(details);
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref(),
    ),
  ]);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
