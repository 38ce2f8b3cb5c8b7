import { findDerivablePopulations } from './derivable-populations';
import type { Partition } from './partition';

/** A row of an answer as complementary suppression weighs it: its key and how many it counts. */
export interface SizedRow {
  readonly key: string;
  readonly size: number;
}

/**
 * The suppressed rows plus the complementary rows needed so that no suppressed row follows from
 * the shown ones by the partitions' sums. One row at a time: the smallest shown row that shares a
 * partition with an exposed row and hides it by itself, else the smallest that shares a partition.
 */
export function withComplementarySuppressions(
  rows: readonly SizedRow[],
  partitions: readonly Partition[],
  suppressed: ReadonlySet<string>,
): Set<string> {
  const hidden = new Set(suppressed);
  const rowKeys = new Set(rows.map(({ key }) => key));
  const exposedRows = (hiddenRows: ReadonlySet<string>) =>
    [...findDerivablePopulations(partitions, (key) => rowKeys.has(key) && !hiddenRows.has(key))].filter((key) =>
      hiddenRows.has(key),
    );
  for (;;) {
    const exposed = exposedRows(hidden)[0];
    if (exposed === undefined) return hidden;
    const candidates = rankComplements(exposed, rows, partitions, hidden);
    // Empty only when no shown row is in a partition: every sum is then of unknowns, forcing nothing but 0.
    if (candidates.length === 0) return hidden;
    const hiding = candidates.find((key) => !exposedRows(new Set([...hidden, key])).includes(exposed));
    hidden.add(hiding ?? candidates[0]);
  }
}

/**
 * Shown rows that some partition names, best first: those sharing a partition with the exposed row,
 * then non-empty before empty (a zero hides little, as it is often known anyway: Hundepool et al.
 * 2012, Statistical Disclosure Control, on secondary suppression), then smallest, then first.
 */
function rankComplements(
  exposed: string,
  rows: readonly SizedRow[],
  partitions: readonly Partition[],
  hidden: ReadonlySet<string>,
): string[] {
  const members = partitions.map(({ whole, parts }) => new Set([whole, ...parts]));
  const sharesPartition = (key: string) => members.some((member) => member.has(key) && member.has(exposed));
  return rows
    .filter(({ key }) => !hidden.has(key) && members.some((member) => member.has(key)))
    .map((row, order) => ({
      key: row.key,
      rank: [sharesPartition(row.key) ? 0 : 1, row.size === 0 ? 1 : 0, row.size, order],
    }))
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map(({ key }) => key);
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  return a.map((value, i) => value - b[i]).find((difference) => difference !== 0) ?? 0;
}
