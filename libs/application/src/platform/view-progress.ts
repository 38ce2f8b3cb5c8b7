import type { PositionWaiter } from '@outcome/read-models';

/** How far one view has come, as /health shows it. */
export interface ViewLag {
  readonly projection: string;
  /** `running`, `failing`, `standby`… where this process runs the view; `external` where another does. */
  readonly state: string;
  /** The last event position the view's readers see; null before its first build has caught up. */
  readonly position: bigint | null;
  readonly head: bigint | null;
  /** head − position, in positions (events on SQLite and PostgreSQL, log bytes on KurrentDB). */
  readonly lag: bigint;
  /** Events applied per second; null where another process runs the view. */
  readonly eventsPerSecond: number | null;
}

/**
 * How far the views are: the in-process runner's own figures, or the checkpoint table when
 * projectors run in other processes. The class doubles as the dependency-injection token.
 */
export abstract class ViewProgress implements PositionWaiter {
  abstract waitForPosition(position: bigint, timeoutMs: number): Promise<void>;
  abstract lags(): Promise<readonly ViewLag[]>;
}
