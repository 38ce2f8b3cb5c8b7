import { Injectable } from '@nestjs/common';
import { EventStore } from '@outcome/event-store';
import { LIVE, type ReadPoint } from '@outcome/read-models';
import { ViewProgress } from '../platform/view-progress';

/** docs/api.md "Reads": `consistentWith` waits at most 10 s. */
const CONSISTENCY_TIMEOUT_MS = 10_000;

/** What every view request may ask: a position to wait for, or an instant to read as of. */
export interface ViewRequest {
  /** A position as a write answered it (decimal). */
  readonly consistentWith?: string;
  /** An ISO 8601 instant. */
  readonly asOf?: string;
}

/** Where a view request reads, and the instant its answer describes. */
export interface ResolvedRead {
  readonly at: ReadPoint;
  readonly asOf: Date;
}

/**
 * Turns a view request into a read point: live after waiting for `consistentWith`, or the
 * position of the last event recorded by `asOf` (docs/statistics.md: only events recorded at or
 * before that instant count).
 */
@Injectable()
export class ViewReadPoints {
  constructor(
    private readonly progress: ViewProgress,
    private readonly store: EventStore,
  ) {}

  async resolve(request: ViewRequest): Promise<ResolvedRead> {
    if (request.asOf) {
      const asOf = new Date(request.asOf);
      return { at: { position: await this.store.readPositionRecordedBy(asOf) }, asOf };
    }
    if (request.consistentWith) {
      await this.progress.waitForPosition(BigInt(request.consistentWith), CONSISTENCY_TIMEOUT_MS);
    }
    return { at: LIVE, asOf: new Date() };
  }
}
