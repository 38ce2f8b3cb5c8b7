/** `standby`: another runner holds the projection; `failing`: a batch failed and waits to be retried. */
export type ProjectionState = 'starting' | 'standby' | 'running' | 'failing' | 'stopped';

/** How far one projection has come, as `ProjectionRunner.status()` reports it. */
export interface ProjectionStatus {
  readonly projection: string;
  readonly version: number;
  readonly state: ProjectionState;
  /** The build readers see; null before the first has caught up. */
  readonly generation: number | null;
  /** Checkpoint of the live build: the last event readers' rows include; null before any. */
  readonly position: bigint | null;
  /** Position of the last event in the store, as last read. */
  readonly head: bigint | null;
  /**
   * head − position, in positions: events on SQLite and PostgreSQL, which number them densely;
   * bytes of the transaction log on KurrentDB, whose positions are log offsets.
   */
  readonly lag: bigint;
  /** Events applied per second, across the builds being filled. */
  readonly eventsPerSecond: number;
  /** A build under way, which readers switch to once it has caught up. */
  readonly building: { readonly generation: number; readonly version: number; readonly position: bigint | null } | null;
  readonly failure: { readonly message: string; readonly attempts: number; readonly retryInMs: number } | null;
}
