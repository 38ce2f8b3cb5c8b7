import type { PositionWaiter, ProjectionStatus } from '@outcome/read-models';

/**
 * How far the views are: the in-process runner's own figures, or the checkpoint table when
 * projectors run in other processes. The class doubles as the dependency-injection token.
 */
export abstract class ViewProgress implements PositionWaiter {
  abstract waitForPosition(position: bigint, timeoutMs: number): Promise<void>;
  /** Per projection: position, head, lag, throughput; empty when this process runs no projector. */
  abstract status(): readonly ProjectionStatus[];
}
