import { findInstrument, type AnswerCode, type InstrumentDefinition, type ItemResponse } from '@outcome/instruments';
import type { SeededRandom } from './seeded-random';

/** What each demo instrument measures, on a latent scale from 0 to 1. */
export type Construct = 'loneliness' | 'wellbeing' | 'network';

const CONSTRUCT_OF: Readonly<Record<string, Construct>> = {
  'djg-6': 'loneliness',
  'djg-11': 'loneliness',
  'who-5': 'wellbeing',
  swemwbs: 'wellbeing',
  'lsns-6': 'network',
};

export function constructOf(instrumentId: string): Construct {
  const construct = CONSTRUCT_OF[instrumentId];
  if (!construct) throw new Error(`The demo dataset has no answers for ${instrumentId}`);
  return construct;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The answers of someone at `level` (0 … 1) of what the instrument measures. De Jong Gierveld
 * items score 0 or 1, so `level` sets how many items get a lonely answer; on the other scales it
 * sets where each item's answer lies between the lowest and the highest code.
 */
export function answersAt(instrumentId: string, level: number, random: SeededRandom): ItemResponse[] {
  const instrument = findInstrument(instrumentId);
  if (!instrument) throw new Error(`Unknown instrument ${instrumentId}`);
  return constructOf(instrumentId) === 'loneliness'
    ? lonelinessAnswers(instrument, level, random)
    : graded(instrument, level, random);
}

function lonelinessAnswers(instrument: InstrumentDefinition, level: number, random: SeededRandom): ItemResponse[] {
  const items = instrument.items.length;
  const lonelyItems = clamp(Math.round(items * level + random.normal() * 0.1 * items), 0, items);
  const lonely = new Set(random.shuffled(instrument.items.map((_, index) => index)).slice(0, lonelyItems));
  return instrument.items.map((item, index) => {
    const codes = Object.keys(item.points).filter((code) => (item.points[code] === 1) === lonely.has(index));
    // Drawn for every item, so that a change of level changes no later draw of the dataset.
    const hedged = random.chance(0.3);
    return codes.length > 1 && hedged ? 'more-or-less' : codes.find((code) => code !== 'more-or-less')!;
  });
}

function graded(instrument: InstrumentDefinition, level: number, random: SeededRandom): ItemResponse[] {
  const codes = instrument.answers.map((answer) => answer.code).sort((a, b) => Number(a) - Number(b));
  return instrument.items.map((): AnswerCode => {
    const step = Math.round(level * (codes.length - 1) + random.normal() * 0.7);
    return codes[clamp(step, 0, codes.length - 1)]!;
  });
}
