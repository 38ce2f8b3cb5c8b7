import type { InstrumentDefinition, Item } from '../instrument';
import type { LocalisedText } from '../language';

function item(text: LocalisedText): Item {
  return { text, points: { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 } };
}

/** The abbreviated Lubben Social Network Scale: the size of the family and friendship network. */
export const lsns6: InstrumentDefinition<'lsns-6'> = {
  id: 'lsns-6',
  name: 'Lubben Social Network Scale, 6 items (LSNS-6)',
  citation: {
    authors: 'Lubben, J., Blozik, E., Gillmann, G., Iliffe, S., von Renteln Kruse, W., Beck, J. C., & Stuck, A. E.',
    year: 2006,
    title:
      'Performance of an abbreviated version of the Lubben Social Network Scale among three European community-dwelling older adult populations',
    source: 'The Gerontologist, 46(4), 503–513',
  },
  licence: null,
  direction: 'higher-is-better',
  domain: 'social-isolation',
  translations: {
    nl: { translation: 'unofficial', source: 'Own translation; no published Dutch version could be confirmed' },
    fr: { translation: 'unofficial', source: 'Own translation; no published French version could be confirmed' },
    en: { translation: 'published', source: 'Lubben et al. (2006)' },
  },
  answers: [
    { code: 0, label: { nl: 'geen', fr: 'aucun', en: 'none' } },
    { code: 1, label: { nl: 'één', fr: 'un', en: 'one' } },
    { code: 2, label: { nl: 'twee', fr: 'deux', en: 'two' } },
    { code: 3, label: { nl: 'drie of vier', fr: 'trois ou quatre', en: 'three or four' } },
    { code: 4, label: { nl: 'vijf tot acht', fr: 'cinq à huit', en: 'five to eight' } },
    { code: 5, label: { nl: 'negen of meer', fr: 'neuf ou plus', en: 'nine or more' } },
  ],
  items: [
    item({
      nl: 'Hoeveel familieleden ziet of spreekt u minstens één keer per maand?',
      fr: 'Avec combien de membres de votre famille êtes-vous en contact, en personne ou à distance, au moins une fois par mois ?',
      en: 'How many relatives do you see or hear from at least once a month?',
    }),
    item({
      nl: 'Bij hoeveel familieleden voelt u zich genoeg op uw gemak om over persoonlijke zaken te praten?',
      fr: "Avec combien de membres de votre famille vous sentez-vous assez à l'aise pour parler de sujets personnels ?",
      en: 'How many relatives do you feel at ease with that you can talk about private matters?',
    }),
    item({
      nl: 'Met hoeveel familieleden voelt u zich zo verbonden dat u hen om hulp zou kunnen vragen?',
      fr: "De combien de membres de votre famille vous sentez-vous assez proche pour pouvoir leur demander de l'aide ?",
      en: 'How many relatives do you feel close to such that you could call on them for help?',
    }),
    item({
      nl: 'Hoeveel van uw vrienden ziet of spreekt u minstens één keer per maand?',
      fr: 'Avec combien de vos amis êtes-vous en contact, en personne ou à distance, au moins une fois par mois ?',
      en: 'How many of your friends do you see or hear from at least once a month?',
    }),
    item({
      nl: 'Bij hoeveel vrienden voelt u zich genoeg op uw gemak om over persoonlijke zaken te praten?',
      fr: "Avec combien d'amis vous sentez-vous assez à l'aise pour parler de sujets personnels ?",
      en: 'How many friends do you feel at ease with that you can talk about private matters?',
    }),
    item({
      nl: 'Met hoeveel vrienden voelt u zich zo verbonden dat u hen om hulp zou kunnen vragen?',
      fr: "De combien d'amis vous sentez-vous assez proche pour pouvoir leur demander de l'aide ?",
      en: 'How many friends do you feel close to such that you could call on them for help?',
    }),
  ],
  mainScale: 'total',
  scales: [
    {
      name: 'total',
      itemNumbers: [1, 2, 3, 4, 5, 6],
      range: { min: 0, max: 30 },
      maxMissingItems: 0,
      reliability: { kind: 'reliability', r: 0.82, source: 'published' },
      // Lubben et al. (2006): a total below 12 marks risk of social isolation.
      categories: [
        {
          code: 'at-risk-of-social-isolation',
          label: {
            nl: 'risico op sociaal isolement',
            fr: "risque d'isolement social",
            en: 'at risk of social isolation',
          },
          min: 0,
          max: 11,
          audience: 'everyone',
        },
      ],
    },
    {
      name: 'family',
      itemNumbers: [1, 2, 3],
      range: { min: 0, max: 15 },
      maxMissingItems: 0,
      reliability: null,
    },
    {
      name: 'friends',
      itemNumbers: [4, 5, 6],
      range: { min: 0, max: 15 },
      maxMissingItems: 0,
      reliability: null,
    },
  ],
};
