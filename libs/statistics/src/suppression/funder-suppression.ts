import { DuplicateRowKeyError, InvalidPartitionError, MinimumCellSizeTooSmallError } from '../errors';
import { withComplementarySuppressions } from './complementary-suppression';
import type { Partition } from './partition';

/** k when a deployment sets none (docs/statistics.md, "Suppression"). */
export const DEFAULT_MINIMUM_CELL_SIZE = 10;

/** No deployment may set k below this (docs/statistics.md, "Suppression"). */
export const MINIMUM_CELL_SIZE_FLOOR = 5;

/** One row of an answer, as suppression sees it; `payload` is whatever the caller shows. */
export interface ReportRow<T> {
  /** Unique within the answer; partitions name rows by it. */
  readonly key: string;
  /** Paired participants of each arm the row reports (arms nobody is enrolled in are left out). */
  readonly pairedPerArm: readonly number[];
  readonly payload: T;
}

/** How a funder may see one answer. */
export interface FunderSuppressionOptions {
  /** k: the smallest number of paired participants an arm may show; at least 5. */
  readonly minCell: number;
  /** Which rows add up to which population; none means no row can be derived from another. */
  readonly partitions?: readonly Partition[];
}

/** A row as a funder sees it: a suppressed row keeps its key, and the caller shows every count and statistic as null. */
export type FunderRow<T> =
  | { readonly key: string; readonly suppressed: false; readonly payload: T }
  | { readonly key: string; readonly suppressed: true; readonly payload: null };

/**
 * Suppression for funders (docs/statistics.md, "Suppression"): a row in which any reported arm has
 * from 1 to k − 1 paired participants is suppressed; then complementary rows are suppressed until
 * no suppressed row can be recomputed from the shown ones through the declared partitions (a total
 * minus the other groups, or any other combination of their sums). Each complement is the smallest
 * shown row that shares a partition with the exposed one, empty rows last.
 *
 * Rows in no partition are judged on their own cells only. So are the groups of a multi-valued
 * attribute (risk factors, where one participant counts in several groups): they partition nothing,
 * so callers declare no partition for them (see {@link Partition}), and without the overlaps, which
 * the answer does not show, no group follows from the others.
 *
 * @throws MinimumCellSizeTooSmallError when k is not a whole number of at least 5.
 * @throws DuplicateRowKeyError when two rows share a key.
 * @throws InvalidPartitionError when a partition names an unknown row, repeats a part or contains its whole.
 */
export function suppressForFunder<T>(rows: readonly ReportRow<T>[], options: FunderSuppressionOptions): FunderRow<T>[] {
  const { minCell, partitions = [] } = options;
  if (!Number.isInteger(minCell) || minCell < MINIMUM_CELL_SIZE_FLOOR) throw new MinimumCellSizeTooSmallError(minCell);
  assertPartitionsNameRows(rows, partitions);
  const hasSmallCell = (row: ReportRow<T>) => row.pairedPerArm.some((paired) => paired > 0 && paired < minCell);
  const suppressed = withComplementarySuppressions(
    rows.map(({ key, pairedPerArm }) => ({ key, size: pairedPerArm.reduce((total, paired) => total + paired, 0) })),
    partitions,
    new Set(rows.filter(hasSmallCell).map(({ key }) => key)),
  );
  return rows.map(({ key, payload }) =>
    suppressed.has(key) ? { key, suppressed: true, payload: null } : { key, suppressed: false, payload },
  );
}

function assertPartitionsNameRows(rows: readonly ReportRow<unknown>[], partitions: readonly Partition[]): void {
  const rowKeys = new Set<string>();
  for (const { key } of rows) {
    if (rowKeys.has(key)) throw new DuplicateRowKeyError(key);
    rowKeys.add(key);
  }
  for (const { whole, parts } of partitions) {
    const unknown = parts.find((part) => !rowKeys.has(part));
    if (unknown !== undefined) throw new InvalidPartitionError(whole, `"${unknown}" is no row of the answer`);
    if (new Set(parts).size !== parts.length) throw new InvalidPartitionError(whole, 'a part is listed twice');
    if (parts.includes(whole)) throw new InvalidPartitionError(whole, 'the whole is listed among its parts');
  }
}

/** A count as a funder may see it: null from 1 to k − 1 (docs/statistics.md "Suppression"), else the count. */
export function withholdSmallCount(count: number, minCell: number): number | null {
  if (!Number.isInteger(minCell) || minCell < MINIMUM_CELL_SIZE_FLOOR) throw new MinimumCellSizeTooSmallError(minCell);
  return count > 0 && count < minCell ? null : count;
}
