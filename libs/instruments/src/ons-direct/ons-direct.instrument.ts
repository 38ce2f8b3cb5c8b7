import type { InstrumentDefinition } from '../instrument';

/** The direct loneliness question of the UK national indicators. */
export const onsDirect: InstrumentDefinition<'ons-direct'> = {
  id: 'ons-direct',
  name: 'Direct loneliness question (ONS national indicator)',
  citation: {
    authors: 'Office for National Statistics',
    year: 2018,
    title: 'Measuring loneliness: guidance for use of the national indicators on surveys',
    source: 'Office for National Statistics, Newport',
  },
  licence: null,
  direction: 'lower-is-better',
  domain: 'loneliness',
  translations: {
    nl: { translation: 'unofficial', source: 'Own translation; the indicator is published in English only' },
    fr: { translation: 'unofficial', source: 'Own translation; the indicator is published in English only' },
    en: { translation: 'published', source: 'Office for National Statistics (2018)' },
  },
  answers: [
    { code: 'often-always', label: { nl: 'vaak of altijd', fr: 'souvent ou toujours', en: 'often/always' } },
    {
      code: 'some-of-the-time',
      label: { nl: 'een deel van de tijd', fr: 'une partie du temps', en: 'some of the time' },
    },
    { code: 'occasionally', label: { nl: 'af en toe', fr: 'occasionnellement', en: 'occasionally' } },
    { code: 'hardly-ever', label: { nl: 'zelden', fr: 'presque jamais', en: 'hardly ever' } },
    { code: 'never', label: { nl: 'nooit', fr: 'jamais', en: 'never' } },
  ],
  items: [
    {
      text: {
        nl: 'Hoe vaak voelt u zich eenzaam?',
        fr: 'À quelle fréquence vous sentez-vous seul(e) ?',
        en: 'How often do you feel lonely?',
      },
      points: { 'often-always': 5, 'some-of-the-time': 4, occasionally: 3, 'hardly-ever': 2, never: 1 },
    },
  ],
  mainScale: 'total',
  scales: [
    {
      name: 'total',
      itemNumbers: [1],
      range: { min: 1, max: 5 },
      maxMissingItems: 0,
      reliability: null,
      // ONS (2018): the headline figure is the share answering often or always.
      categories: [
        {
          code: 'often-or-always-lonely',
          label: { nl: 'vaak of altijd eenzaam', fr: 'souvent ou toujours seul(e)', en: 'often or always lonely' },
          min: 5,
          max: 5,
          audience: 'everyone',
        },
      ],
    },
  ],
};
