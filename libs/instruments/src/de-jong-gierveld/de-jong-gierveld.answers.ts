import type { AnswerOption, Item } from '../instrument';
import type { LocalisedText } from '../language';

export const DE_JONG_GIERVELD_ANSWERS: readonly AnswerOption[] = [
  { code: 'yes', label: { nl: 'ja', fr: 'oui', en: 'yes' } },
  { code: 'more-or-less', label: { nl: 'min of meer', fr: 'plus ou moins', en: 'more or less' } },
  { code: 'no', label: { nl: 'nee', fr: 'non', en: 'no' } },
];

// Manual of the loneliness scale (De Jong Gierveld & Van Tilburg): "more or less" counts as a
// lonely answer on every item, so each item scores 0 or 1.

/** A negatively worded item: yes and more-or-less are the lonely answers. */
export function emotionalItem(text: LocalisedText): Item {
  return { text, points: { yes: 1, 'more-or-less': 1, no: 0 } };
}

/** A positively worded item, scored in reverse: no and more-or-less are the lonely answers. */
export function socialItem(text: LocalisedText): Item {
  return { text, points: { yes: 0, 'more-or-less': 1, no: 1 } };
}
