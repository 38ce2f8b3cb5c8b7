/**
 * `parts` split the population of `whole` with no overlap and no remainder: every participant of
 * `whole` is in exactly one part, so every count of `whole` is the sum of the parts' counts (and every
 * mean a weighted mean of theirs). Each part is the key of a row of the answer; `whole` is a row's key
 * or names a population that no row shows, such as "everyone in this answer" when the answer has no
 * total row. Several partitions of one whole (two group-bys of the same participants) are fine.
 *
 * A group-by on a multi-valued attribute, such as risk factors where one participant counts in every
 * group they belong to, is not a partition: its groups add up to more than the whole, and declaring
 * it would make suppression reason from sums that do not hold.
 */
export interface Partition {
  readonly whole: string;
  readonly parts: readonly string[];
}
