/** Waits until the views have processed an event position (the API's `consistentWith`). */
export interface PositionWaiter {
  /** Resolves once every projection's live build has processed `position`; else PositionNotReachedError. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<void>;
}
