import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ViewProgress } from '@outcome/application';
import { EventStore } from '@outcome/event-store';
import { ReadStore } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';

/** How long a store may take to answer a health probe. */
const PROBE_TIMEOUT_MS = 3000;

/** What the public /health says of a failed probe; the driver's own words (host, port, user) go to the log. */
type ProbeFailure = 'unreachable' | 'timed out';

class ProbeTimeoutError extends Error {}

/** The health of each part: stores reachable, and how far behind each view is. */
@Injectable()
export class PlatformHealthIndicators {
  private readonly logger = new Logger('Health');

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
      return check.down({ kind: this.config.eventStore, reason: this.failureOf('event store', error) });
    }
  }

  async readStoreHealth() {
    const check = this.health.check('readStore');
    try {
      await withTimeout(this.readStore.read((runner) => runner.query('SELECT 1')));
      return check.up({ kind: this.config.readStore });
    } catch (error) {
      return check.down({ kind: this.config.readStore, reason: this.failureOf('views’ store', error) });
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

  private failureOf(store: string, error: unknown): ProbeFailure {
    this.logger.warn(`The ${store} failed its health probe: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof ProbeTimeoutError ? 'timed out' : 'unreachable';
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new ProbeTimeoutError(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}
