import type { InstrumentDefinition, Item } from '../instrument';
import type { LocalisedText } from '../language';

function item(text: LocalisedText): Item {
  return { text, points: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 } };
}

// The published raw-to-metric conversion of SWEMWBS (Rasch model), as tabled in docs/instruments.md.
const METRIC_BY_RAW_SCORE: Readonly<Record<number, number>> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

/** The Short Warwick-Edinburgh Mental Wellbeing Scale, over the last two weeks. */
export const swemwbs: InstrumentDefinition<'swemwbs'> = {
  id: 'swemwbs',
  name: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
  citation: {
    authors: 'Stewart-Brown, S., Tennant, A., Tennant, R., Platt, S., Parkinson, J., & Weich, S.',
    year: 2009,
    title:
      'Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education Population Survey',
    source: 'Health and Quality of Life Outcomes, 7, 15',
  },
  licence:
    'SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved. Free for non-commercial use after registration with its owners; commercial use needs their licence. Register before deploying, and keep this copyright line with every copy of the scale.',
  direction: 'higher-is-better',
  domain: 'wellbeing',
  translations: {
    nl: {
      translation: 'unofficial',
      source:
        'Own translation; no published Dutch wording could be confirmed: ask the owners for theirs on registration',
    },
    fr: {
      translation: 'unofficial',
      source:
        'Own translation; no published French wording could be confirmed: ask the owners for theirs on registration',
    },
    en: { translation: 'published', source: 'Stewart-Brown et al. (2009)' },
  },
  answers: [
    { code: 1, label: { nl: 'nooit', fr: 'jamais', en: 'none of the time' } },
    { code: 2, label: { nl: 'zelden', fr: 'rarement', en: 'rarely' } },
    { code: 3, label: { nl: 'soms', fr: 'parfois', en: 'some of the time' } },
    { code: 4, label: { nl: 'vaak', fr: 'souvent', en: 'often' } },
    { code: 5, label: { nl: 'altijd', fr: 'tout le temps', en: 'all of the time' } },
  ],
  items: [
    item({
      nl: 'Ik voelde me optimistisch over de toekomst',
      fr: "Je me suis senti(e) optimiste quant à l'avenir",
      en: "I've been feeling optimistic about the future",
    }),
    item({ nl: 'Ik voelde me nuttig', fr: 'Je me suis senti(e) utile', en: "I've been feeling useful" }),
    item({ nl: 'Ik voelde me ontspannen', fr: 'Je me suis senti(e) détendu(e)', en: "I've been feeling relaxed" }),
    item({
      nl: 'Ik ging goed om met problemen',
      fr: "J'ai bien fait face aux problèmes",
      en: "I've been dealing with problems well",
    }),
    item({ nl: 'Ik kon helder denken', fr: "J'ai eu les idées claires", en: "I've been thinking clearly" }),
    item({
      nl: 'Ik voelde me verbonden met andere mensen',
      fr: 'Je me suis senti(e) proche des autres',
      en: "I've been feeling close to other people",
    }),
    item({
      nl: 'Ik kon over dingen mijn eigen mening vormen',
      fr: "J'ai été capable de me faire ma propre opinion sur les choses",
      en: "I've been able to make up my own mind about things",
    }),
  ],
  mainScale: 'metric',
  scales: [
    {
      name: 'metric',
      itemNumbers: [1, 2, 3, 4, 5, 6, 7],
      range: { min: 7, max: 35 },
      maxMissingItems: 0,
      conversion: { kind: 'lookup', table: METRIC_BY_RAW_SCORE },
      reliability: { kind: 'sem', sem: 1.03, source: 'published' },
    },
    {
      name: 'raw',
      itemNumbers: [1, 2, 3, 4, 5, 6, 7],
      range: { min: 7, max: 35 },
      maxMissingItems: 0,
      reliability: { kind: 'reliability', r: 0.84, source: 'default' },
    },
  ],
};
