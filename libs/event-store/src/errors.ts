/** Base of the store's errors: each carries a stable dotted code. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** Optimistic concurrency: the stream moved on since the writer read it. */
export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'event-store.wrong-expected-version';
  constructor(
    readonly stream: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Stream ${stream} is at version ${actual}, the writer expected ${expected}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/**
 * Some but not all of the appended event ids were already stored, or they were stored in
 * another stream: the batch is neither new nor a clean retry.
 */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'event-store.event-id-conflict';
  constructor(
    readonly stream: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Events ${eventIds.join(', ')} were already appended, but not as this exact batch on ${stream}`);
    this.name = 'EventIdConflictError';
  }
}

/** The store could not be reached or did not answer in time; an append that fails so stored nothing. */
export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'event-store.unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

/**
 * The append reached the store, but its answer was lost: the connection dropped or timed out
 * while the store was working on it. The events may or may not be stored.
 */
export class AppendOutcomeUnknownError extends EventStoreError {
  readonly code = 'event-store.append-outcome-unknown';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppendOutcomeUnknownError';
  }
}
