/** Base of the statistics library's errors: each carries a stable dotted code. */
export abstract class StatisticsError extends Error {
  abstract readonly code: string;
}

/** An arm's counts do not nest: paired ≤ withBaseline ≤ enrolled must hold. */
export class InconsistentArmCountsError extends StatisticsError {
  readonly code = 'statistics.inconsistent-arm-counts';
  constructor(
    readonly enrolled: number,
    readonly withBaseline: number,
    readonly paired: number,
  ) {
    super(
      `An arm needs paired ≤ withBaseline ≤ enrolled, all whole numbers; got paired ${paired}, withBaseline ${withBaseline}, enrolled ${enrolled}`,
    );
    this.name = 'InconsistentArmCountsError';
  }
}

/** The funder's minimum cell size k is below the floor of 5 that docs/statistics.md sets. */
export class MinimumCellSizeTooSmallError extends StatisticsError {
  readonly code = 'statistics.minimum-cell-size-too-small';
  constructor(readonly minCell: number) {
    super(`The minimum cell size must be a whole number of at least 5; got ${minCell}`);
    this.name = 'MinimumCellSizeTooSmallError';
  }
}

/** Two rows of one answer share a key, so partitions could not say which row they mean. */
export class DuplicateRowKeyError extends StatisticsError {
  readonly code = 'statistics.duplicate-row-key';
  constructor(readonly key: string) {
    super(`Row key "${key}" appears more than once in one answer`);
    this.name = 'DuplicateRowKeyError';
  }
}

/** A partition names a part that is no row, repeats a part, or lists its whole among its parts. */
export class InvalidPartitionError extends StatisticsError {
  readonly code = 'statistics.invalid-partition';
  constructor(
    readonly whole: string,
    reason: string,
  ) {
    super(`The partition of "${whole}" is invalid: ${reason}`);
    this.name = 'InvalidPartitionError';
  }
}
