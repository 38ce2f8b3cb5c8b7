import { DE_JONG_GIERVELD_ANSWERS, emotionalItem, socialItem } from '../de-jong-gierveld/de-jong-gierveld.answers';
import { lonelinessCategory } from '../de-jong-gierveld/de-jong-gierveld.categories';
import type { InstrumentDefinition } from '../instrument';

/** The 11-item De Jong Gierveld loneliness scale: overall, emotional and social loneliness. */
export const djg11: InstrumentDefinition<'djg-11'> = {
  id: 'djg-11',
  name: 'De Jong Gierveld Loneliness Scale, 11 items',
  citation: {
    authors: 'De Jong Gierveld, J., & Kamphuis, F.',
    year: 1985,
    title: 'The development of a Rasch-type loneliness scale',
    source: 'Applied Psychological Measurement, 9(3), 289–299',
  },
  licence: null,
  direction: 'lower-is-better',
  domain: 'loneliness',
  translations: {
    nl: {
      translation: 'published',
      source:
        'Dutch original of De Jong Gierveld & Kamphuis (1985), as reproduced in Van Tilburg (2021), The Gerontologist 61(7), e335–e344, table 1',
    },
    fr: {
      translation: 'unofficial',
      source: 'Own translation from the Dutch original; no published French version could be confirmed',
    },
    en: { translation: 'published', source: 'De Jong Gierveld & Kamphuis (1985)' },
  },
  answers: DE_JONG_GIERVELD_ANSWERS,
  items: [
    socialItem({
      nl: 'Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan',
      fr: "Il y a toujours quelqu'un dans mon entourage à qui je peux confier mes petits soucis quotidiens",
      en: 'There is always someone I can talk to about my day-to-day problems',
    }),
    emotionalItem({
      nl: 'Ik mis een echt goede vriend of vriendin',
      fr: 'Il me manque un(e) véritable ami(e) proche',
      en: 'I miss having a really close friend',
    }),
    emotionalItem({
      nl: 'Ik ervaar een leegte om me heen',
      fr: "J'éprouve un sentiment général de vide",
      en: 'I experience a general sense of emptiness',
    }),
    socialItem({
      nl: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen',
      fr: 'Il y a suffisamment de personnes sur qui je peux compter en cas de difficultés',
      en: 'There are plenty of people I can lean on when I have problems',
    }),
    emotionalItem({
      nl: 'Ik mis gezelligheid om me heen',
      fr: 'La compagnie des autres me manque',
      en: 'I miss the pleasure of the company of others',
    }),
    emotionalItem({
      nl: 'Ik vind mijn kring van kennissen te beperkt',
      fr: "Je trouve mon cercle d'amis et de connaissances trop restreint",
      en: 'I find my circle of friends and acquaintances too limited',
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
      nl: 'Wanneer ik daar behoefte aan heb kan ik altijd bij mijn vrienden terecht',
      fr: "Quand j'en ai besoin, je peux toujours compter sur mes amis",
      en: 'I can call on my friends whenever I need them',
    }),
  ],
  mainScale: 'total',
  scales: [
    {
      name: 'total',
      itemNumbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      range: { min: 0, max: 11 },
      maxMissingItems: 1,
      reliability: { kind: 'reliability', r: 0.86, source: 'published' },
      // Cut-offs of the scale's manual (De Jong Gierveld & Van Tilburg).
      categories: [
        lonelinessCategory('not-lonely', 0, 2),
        lonelinessCategory('moderately-lonely', 3, 8),
        lonelinessCategory('severely-lonely', 9, 10),
        lonelinessCategory('very-severely-lonely', 11, 11),
      ],
    },
    {
      name: 'emotional',
      itemNumbers: [2, 3, 5, 6, 9, 10],
      range: { min: 0, max: 6 },
      maxMissingItems: 0,
      reliability: { kind: 'reliability', r: 0.78, source: 'published' },
    },
    {
      name: 'social',
      itemNumbers: [1, 4, 7, 8, 11],
      range: { min: 0, max: 5 },
      maxMissingItems: 0,
      reliability: { kind: 'reliability', r: 0.89, source: 'published' },
    },
  ],
};
