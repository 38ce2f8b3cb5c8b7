import type { InstrumentDefinition, Item } from '../instrument';
import type { LocalisedText } from '../language';

function item(text: LocalisedText): Item {
  return { text, points: { 1: 1, 2: 2, 3: 3 } };
}

/** The three-item loneliness scale derived from the Revised UCLA Loneliness Scale. */
export const ucla3: InstrumentDefinition<'ucla-3'> = {
  id: 'ucla-3',
  name: 'Three-Item Loneliness Scale (UCLA-3)',
  citation: {
    authors: 'Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T.',
    year: 2004,
    title: 'A short scale for measuring loneliness in large surveys: results from two population-based studies',
    source: 'Research on Aging, 26(6), 655–672',
  },
  licence: null,
  direction: 'lower-is-better',
  domain: 'loneliness',
  translations: {
    nl: { translation: 'unofficial', source: 'Own translation; no published Dutch version could be confirmed' },
    fr: { translation: 'unofficial', source: 'Own translation; no published French version could be confirmed' },
    en: { translation: 'published', source: 'Hughes et al. (2004)' },
  },
  answers: [
    { code: 1, label: { nl: '(bijna) nooit', fr: 'presque jamais ou jamais', en: 'hardly ever or never' } },
    { code: 2, label: { nl: 'soms', fr: 'parfois', en: 'some of the time' } },
    { code: 3, label: { nl: 'vaak', fr: 'souvent', en: 'often' } },
  ],
  items: [
    item({
      nl: 'Hoe vaak heeft u het gevoel dat u gezelschap mist?',
      fr: 'À quelle fréquence avez-vous le sentiment de manquer de compagnie ?',
      en: 'How often do you feel that you lack companionship?',
    }),
    item({
      nl: 'Hoe vaak voelt u zich buitengesloten?',
      fr: 'À quelle fréquence vous sentez-vous exclu(e) ?',
      en: 'How often do you feel left out?',
    }),
    item({
      nl: 'Hoe vaak voelt u zich geïsoleerd van anderen?',
      fr: 'À quelle fréquence vous sentez-vous isolé(e) des autres ?',
      en: 'How often do you feel isolated from others?',
    }),
  ],
  mainScale: 'total',
  scales: [
    {
      name: 'total',
      itemNumbers: [1, 2, 3],
      range: { min: 3, max: 9 },
      maxMissingItems: 0,
      reliability: { kind: 'reliability', r: 0.72, source: 'published' },
    },
  ],
};
