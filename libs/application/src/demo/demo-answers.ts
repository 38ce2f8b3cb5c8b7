import type { ItemResponse } from '@outcome/instruments';
import type { SeededRandom } from './seeded-random';

const clamp = (value: number, min = 0, max = 1) => Math.min(max, Math.max(min, value));

/**
 * DJG-6 answers of someone whose loneliness is `level` (0 none … 1 severe): emotional items are
 * answered yes or more-or-less with that chance, social items no or more-or-less.
 */
export function djg6Answers(level: number, random: SeededRandom): ItemResponse[] {
  const answer = (lonely: string) =>
    random.chance(clamp(level)) ? (random.chance(0.5) ? lonely : 'more-or-less') : lonely === 'yes' ? 'no' : 'yes';
  return [answer('yes'), answer('yes'), answer('yes'), answer('no'), answer('no'), answer('no')];
}

/** WHO-5 answers (0–5 each) of someone whose wellbeing is `level` (0 poor … 1 excellent). */
export function who5Answers(level: number, random: SeededRandom): ItemResponse[] {
  return Array.from({ length: 5 }, () => Math.round(clamp(level + random.normal() * 0.15) * 5));
}

/** LSNS-6 answers (0–5 each) of someone whose network is `level` (0 isolated … 1 wide). */
export function lsns6Answers(level: number, random: SeededRandom): ItemResponse[] {
  return Array.from({ length: 6 }, () => Math.round(clamp(level + random.normal() * 0.2) * 5));
}
