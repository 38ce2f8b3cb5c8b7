import type { InstrumentDefinition, Item, ItemResponse } from './instrument';
import type { Scale, ScoreConversion } from './scale';
import { findShapeProblems } from './validate-responses';

/** The score of every scale of an instrument, null where the scale's missing-item rule forbids scoring. */
export type Scores = Readonly<Record<string, number | null>>;

/**
 * Scores responses by the instrument's rules. The responses must be valid (see
 * `validateResponses`); anything else is a programming error and throws. Responses with every
 * item missing score null on every scale.
 */
export function scoreResponses(instrument: InstrumentDefinition, responses: readonly ItemResponse[]): Scores {
  const problems = findShapeProblems(instrument, responses);
  if (problems.length > 0) {
    const described = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    throw new Error(`Cannot score invalid responses to ${instrument.id}: ${described}`);
  }
  return Object.fromEntries(instrument.scales.map((scale) => [scale.name, scoreScale(instrument, scale, responses)]));
}

function scoreScale(instrument: InstrumentDefinition, scale: Scale, responses: readonly ItemResponse[]): number | null {
  const points = scale.itemNumbers.map((itemNumber) =>
    pointsFor(instrument.items[itemNumber - 1], responses[itemNumber - 1]),
  );
  const answered = points.filter((earned): earned is number => earned !== null);
  const missing = points.length - answered.length;
  if (answered.length === 0 || missing > scale.maxMissingItems) return null;
  const sum = answered.reduce((total, earned) => total + earned, 0);
  return scale.conversion === undefined ? sum : convert(scale.conversion, sum);
}

function pointsFor(item: Item, response: ItemResponse): number | null {
  if (response === null) return null;
  const points = item.points[String(response)];
  if (points === undefined) throw new Error(`No points defined for answer ${String(response)} of "${item.text.en}"`);
  return points;
}

function convert(conversion: ScoreConversion, sum: number): number {
  if (conversion.kind === 'times') return sum * conversion.factor;
  const converted = conversion.table[sum];
  if (converted === undefined) throw new Error(`The conversion table has no entry for a sum of ${sum}`);
  return converted;
}
