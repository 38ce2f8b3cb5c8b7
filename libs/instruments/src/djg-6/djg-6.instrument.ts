import { DE_JONG_GIERVELD_ANSWERS, emotionalItem, socialItem } from '../de-jong-gierveld/de-jong-gierveld.answers';
import { lonelinessCategory } from '../de-jong-gierveld/de-jong-gierveld.categories';
import type { InstrumentDefinition } from '../instrument';

const DEFAULT_RELIABILITY = { kind: 'reliability', r: 0.7, source: 'default' } as const;

/** The 6-item De Jong Gierveld loneliness scale: overall, emotional and social loneliness. */
export const djg6: InstrumentDefinition<'djg-6'> = {
  id: 'djg-6',
  name: 'De Jong Gierveld Loneliness Scale, 6 items',
  citation: {
    authors: 'De Jong Gierveld, J., & Van Tilburg, T.',
    year: 2006,
    title: 'A 6-item scale for overall, emotional, and social loneliness: confirmatory tests on survey data',
    source: 'Research on Aging, 28(5), 582–598',
  },
  licence: null,
  direction: 'lower-is-better',
  domain: 'loneliness',
  translations: {
    nl: {
      translation: 'published',
      source:
        'Dutch original: De Jong Gierveld & Van Tilburg (2008), De ingekorte schaal voor algemene, emotionele en sociale eenzaamheid, Tijdschrift voor Gerontologie en Geriatrie 39(1)',
    },
    fr: {
      translation: 'unofficial',
      source: 'Own translation from the Dutch original; no published French version could be confirmed',
    },
    en: { translation: 'published', source: 'De Jong Gierveld & Van Tilburg (2006)' },
  },
  answers: DE_JONG_GIERVELD_ANSWERS,
  items: [
    emotionalItem({
      nl: 'Ik ervaar een leegte om me heen',
      fr: "J'éprouve un sentiment général de vide",
      en: 'I experience a general sense of emptiness',
    }),
    emotionalItem({
      nl: 'Ik mis mensen om me heen',
      fr: 'Il me manque des gens autour de moi',
      en: 'I miss having people around me',
    }),
    emotionalItem({
      nl: 'Vaak voel ik me in de steek gelaten',
      fr: 'Je me sens souvent abandonné(e)',
      en: 'I often feel rejected',
    }),
    socialItem({
      nl: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen',
      fr: 'Il y a suffisamment de personnes sur qui je peux compter en cas de difficultés',
      en: 'There are plenty of people I can rely on when I have problems',
    }),
    socialItem({
      nl: 'Ik heb veel mensen op wie ik volledig kan vertrouwen',
      fr: "Il y a beaucoup de personnes en qui j'ai entièrement confiance",
      en: 'There are many people I can trust completely',
    }),
    socialItem({
      nl: 'Er zijn voldoende mensen met wie ik me nauw verbonden voel',
      fr: 'Il y a suffisamment de personnes dont je me sens proche',
      en: 'There are enough people I feel close to',
    }),
  ],
  mainScale: 'total',
  scales: [
    {
      name: 'total',
      itemNumbers: [1, 2, 3, 4, 5, 6],
      range: { min: 0, max: 6 },
      maxMissingItems: 1,
      reliability: DEFAULT_RELIABILITY,
      // Cut-offs of the scale's manual, as applied by CBS (2023).
      categories: [
        lonelinessCategory('not-lonely', 0, 1),
        lonelinessCategory('moderately-lonely', 2, 4),
        lonelinessCategory('severely-lonely', 5, 6),
      ],
    },
    {
      name: 'emotional',
      itemNumbers: [1, 2, 3],
      range: { min: 0, max: 3 },
      maxMissingItems: 0,
      reliability: DEFAULT_RELIABILITY,
    },
    {
      name: 'social',
      itemNumbers: [4, 5, 6],
      range: { min: 0, max: 3 },
      maxMissingItems: 0,
      reliability: DEFAULT_RELIABILITY,
    },
  ],
};
