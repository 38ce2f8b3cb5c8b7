import type { InstrumentDefinition, Item } from '../instrument';
import type { LocalisedText } from '../language';

function item(text: LocalisedText): Item {
  return { text, points: { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 } };
}

const DEFAULT_RELIABILITY = { kind: 'reliability', r: 0.84, source: 'default' } as const;

/** The WHO-5 Well-Being Index, over the last two weeks. */
export const who5: InstrumentDefinition<'who-5'> = {
  id: 'who-5',
  name: 'WHO-5 Well-Being Index',
  citation: {
    authors: 'Topp, C. W., Østergaard, S. D., Søndergaard, S., & Bech, P.',
    year: 2015,
    title: 'The WHO-5 Well-Being Index: a systematic review of the literature',
    source: 'Psychotherapy and Psychosomatics, 84(3), 167–176',
  },
  licence: 'Free to use without permission (Psychiatric Centre North Zealand, which maintains the index).',
  direction: 'higher-is-better',
  domain: 'wellbeing',
  translations: {
    nl: {
      translation: 'unofficial',
      source:
        'Own translation; the Psychiatric Centre North Zealand distributes a Dutch version whose wording could not be confirmed here',
    },
    fr: {
      translation: 'unofficial',
      source:
        'Own translation; the Psychiatric Centre North Zealand distributes a French version whose wording could not be confirmed here',
    },
    en: {
      translation: 'published',
      source: 'WHO Regional Office for Europe (1998), as reviewed by Topp et al. (2015)',
    },
  },
  answers: [
    { code: 5, label: { nl: 'de hele tijd', fr: 'tout le temps', en: 'all of the time' } },
    { code: 4, label: { nl: 'het grootste deel van de tijd', fr: 'la plupart du temps', en: 'most of the time' } },
    {
      code: 3,
      label: {
        nl: 'meer dan de helft van de tijd',
        fr: 'plus de la moitié du temps',
        en: 'more than half of the time',
      },
    },
    {
      code: 2,
      label: {
        nl: 'minder dan de helft van de tijd',
        fr: 'moins de la moitié du temps',
        en: 'less than half of the time',
      },
    },
    { code: 1, label: { nl: 'af en toe', fr: 'de temps en temps', en: 'some of the time' } },
    { code: 0, label: { nl: 'nooit', fr: 'jamais', en: 'at no time' } },
  ],
  items: [
    item({
      nl: 'Ik voelde me vrolijk en goedgehumeurd',
      fr: 'Je me suis senti(e) gai(e) et de bonne humeur',
      en: 'I have felt cheerful and in good spirits',
    }),
    item({
      nl: 'Ik voelde me rustig en ontspannen',
      fr: 'Je me suis senti(e) calme et détendu(e)',
      en: 'I have felt calm and relaxed',
    }),
    item({
      nl: 'Ik voelde me actief en energiek',
      fr: 'Je me suis senti(e) actif(ve) et énergique',
      en: 'I have felt active and vigorous',
    }),
    item({
      nl: 'Ik werd fris en uitgerust wakker',
      fr: 'Je me suis réveillé(e) frais (fraîche) et reposé(e)',
      en: 'I woke up feeling fresh and rested',
    }),
    item({
      nl: 'Mijn dagelijks leven was gevuld met dingen die mij interesseren',
      fr: "Ma vie quotidienne a été remplie de choses qui m'intéressent",
      en: 'My daily life has been filled with things that interest me',
    }),
  ],
  mainScale: 'percent',
  scales: [
    {
      name: 'percent',
      itemNumbers: [1, 2, 3, 4, 5],
      range: { min: 0, max: 100 },
      maxMissingItems: 0,
      conversion: { kind: 'times', factor: 4 },
      reliability: DEFAULT_RELIABILITY,
      // Topp et al. (2015): 28 or less suggests depression; docs/instruments.md keeps this signal from funders.
      categories: [
        {
          code: 'possible-depression',
          label: { nl: 'mogelijke depressie', fr: 'dépression possible', en: 'possible depression' },
          min: 0,
          max: 28,
          audience: 'organisation-only',
        },
      ],
    },
    {
      name: 'raw',
      itemNumbers: [1, 2, 3, 4, 5],
      range: { min: 0, max: 25 },
      maxMissingItems: 0,
      reliability: DEFAULT_RELIABILITY,
      // Topp et al. (2015): a raw score below 13 marks poor wellbeing.
      categories: [
        {
          code: 'poor-wellbeing',
          label: { nl: 'laag welbevinden', fr: 'bien-être faible', en: 'poor wellbeing' },
          min: 0,
          max: 12,
          audience: 'everyone',
        },
      ],
    },
  ],
};
