import type { EvolveContext, RowSelector } from '../projection/projection';

/** The context of a row evolved on its own, with no other row of the view at hand. */
export function aloneWithKey<Row extends object>(key: RowSelector<Row>): EvolveContext<Row> {
  return { key, rowAt: () => null };
}
