import type { InstrumentDefinition } from '../instrument';

/** The self-rated health question of the Minimum European Health Module. */
export const selfRatedHealth: InstrumentDefinition<'self-rated-health'> = {
  id: 'self-rated-health',
  name: 'Self-rated health (Minimum European Health Module)',
  citation: {
    authors: 'Cox, B., Van Oyen, H., Cambois, E., Jagger, C., Le Roy, S., Robine, J.-M., & Romieu, I.',
    year: 2009,
    title: 'The reliability of the Minimum European Health Module',
    source: 'International Journal of Public Health, 54(2), 55–60',
  },
  licence: null,
  direction: 'higher-is-better',
  domain: 'health',
  translations: {
    nl: {
      translation: 'published',
      source: 'CBS Gezondheidsenquête, question on perceived health (wording since 2001)',
    },
    fr: {
      translation: 'published',
      source: 'Sciensano, Enquête de santé (Belgian Health Interview Survey), question on perceived health',
    },
    en: { translation: 'published', source: 'Minimum European Health Module (Cox et al., 2009)' },
  },
  answers: [
    { code: 'very-good', label: { nl: 'zeer goed', fr: 'très bon', en: 'very good' } },
    { code: 'good', label: { nl: 'goed', fr: 'bon', en: 'good' } },
    { code: 'fair', label: { nl: 'gaat wel', fr: 'ni bon, ni mauvais', en: 'fair' } },
    { code: 'bad', label: { nl: 'slecht', fr: 'mauvais', en: 'bad' } },
    { code: 'very-bad', label: { nl: 'zeer slecht', fr: 'très mauvais', en: 'very bad' } },
  ],
  items: [
    {
      text: {
        nl: 'Hoe is over het algemeen uw gezondheid?',
        fr: 'Comment est votre état de santé en général ?',
        en: 'How is your health in general?',
      },
      points: { 'very-good': 5, good: 4, fair: 3, bad: 2, 'very-bad': 1 },
    },
  ],
  mainScale: 'total',
  scales: [{ name: 'total', itemNumbers: [1], range: { min: 1, max: 5 }, maxMissingItems: 0, reliability: null }],
};
