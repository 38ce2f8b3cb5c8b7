import { PositionNotReachedError } from '../errors';
import type { ReadStore } from '../read-store/read-store';
import { pause } from './pause';
import type { PositionWaiter } from './position-waiter';
import { readLiveBuilds } from '../read-store/projection-registry';

/**
 * The views' progress as the checkpoint table shows it, for a process that reads views while
 * projector processes run elsewhere (`PROJECTOR=external`).
 */
export class ProjectionCheckpoints implements PositionWaiter {
  constructor(
    private readonly store: ReadStore,
    private readonly projections: readonly string[],
    private readonly pollMs = 50,
  ) {}

  /** The checkpoint of each projection's live build; null for one not built yet. */
  async livePositions(): Promise<Map<string, bigint | null>> {
    const live = await this.store.read((runner) => readLiveBuilds(runner, this.projections));
    return new Map([...live].map(([projection, build]) => [projection, build?.checkpoint ?? null]));
  }

  async waitForPosition(position: bigint, timeoutMs: number): Promise<void> {
    const deadline = AbortSignal.timeout(timeoutMs);
    for (;;) {
      const behind = [...(await this.livePositions())]
        .filter(([, checkpoint]) => checkpoint === null || checkpoint < position)
        .map(([projection]) => projection);
      if (behind.length === 0) return;
      if (deadline.aborted) throw new PositionNotReachedError(position, timeoutMs, behind);
      await pause(this.pollMs, deadline);
    }
  }
}
