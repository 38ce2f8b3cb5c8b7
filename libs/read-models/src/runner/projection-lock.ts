/** The right to run one projection, held by one runner at a time. */
export interface HeldLock {
  /** Aborts when the lock is lost (lease taken over, connection dropped): the holder must stand down. */
  readonly lost: AbortSignal;
  release(): Promise<void>;
}

export interface ProjectionLock {
  /** Takes the lock when no one holds it; null when another runner does. */
  tryAcquire(): Promise<HeldLock | null>;
  /** Frees what the lock keeps between attempts; the runner calls it once it stops. */
  close(): Promise<void>;
}
