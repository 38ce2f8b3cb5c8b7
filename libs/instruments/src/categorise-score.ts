import { requireScale, type InstrumentDefinition } from './instrument';
import type { ScoreCategory } from './scale';

/**
 * The category a score of the scale falls in, such as `moderately-lonely` or a risk cut-off,
 * or null when the score is null or no category covers it. Check the category's `audience`
 * before showing it: organisation-only signals are never shown to funders.
 */
export function categoriseScore(
  instrument: InstrumentDefinition,
  scale: string,
  score: number | null,
): ScoreCategory | null {
  const categories = requireScale(instrument, scale).categories ?? [];
  if (score === null) return null;
  return categories.find((category) => score >= category.min && score <= category.max) ?? null;
}
