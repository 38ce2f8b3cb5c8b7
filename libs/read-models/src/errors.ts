/** Base of the read models' errors: each carries a stable dotted code. */
export abstract class ReadModelError extends Error {
  abstract readonly code: string;
}

/** A projection's `evolve` returned a row under another key than the one it was given. */
export class RowKeyChangedError extends ReadModelError {
  readonly code = 'read-models.row-key-changed';
  constructor(
    readonly projection: string,
    readonly before: string,
    readonly after: string,
  ) {
    super(`Projection ${projection} turned the row ${before} into ${after}: evolve must keep a row's key`);
    this.name = 'RowKeyChangedError';
  }
}

/** The view has no finished build yet: its first catch-up is still running. */
export class ViewNotReadyError extends ReadModelError {
  readonly code = 'read-models.view-not-ready';
  constructor(readonly projection: string) {
    super(`The view ${projection} is still being built`);
    this.name = 'ViewNotReadyError';
  }
}

/** The views did not process the awaited position in time. */
export class PositionNotReachedError extends ReadModelError {
  readonly code = 'read-models.position-not-reached';
  constructor(
    readonly position: bigint,
    readonly timeoutMs: number,
    readonly behind: readonly string[],
  ) {
    super(`After ${timeoutMs} ms, ${behind.join(', ')} had not yet processed position ${position}`);
    this.name = 'PositionNotReachedError';
  }
}

/** Another runner moved the checkpoint this runner was building on: it must stand down. */
export class CheckpointMovedError extends ReadModelError {
  readonly code = 'read-models.checkpoint-moved';
  constructor(
    readonly projection: string,
    readonly generation: number,
  ) {
    super(`The checkpoint of ${projection} (generation ${generation}) was moved by another runner`);
    this.name = 'CheckpointMovedError';
  }
}

/** No projection of that name runs here. */
export class UnknownProjectionError extends ReadModelError {
  readonly code = 'read-models.unknown-projection';
  constructor(readonly projection: string) {
    super(`There is no projection named ${projection}`);
    this.name = 'UnknownProjectionError';
  }
}

/** The read store's database could not be reached, or dropped the connection mid-transaction. */
export class ReadStoreUnavailableError extends ReadModelError {
  readonly code = 'read-models.store-unavailable';
  constructor(options: { cause: unknown }) {
    super(
      `The read store cannot be reached: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`,
      options,
    );
    this.name = 'ReadStoreUnavailableError';
  }
}
