/**
 * Valid bodies of the writes of docs/api.md, to send as they are or with one field changed. Dates fit
 * together: the project starts before the enrolment, which is the day of the baseline.
 */
export const EXAMPLE_PROJECT = {
  name: 'Buddies in Molenbeek',
  interventionType: 'buddy',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  instruments: ['djg-6', 'who-5'],
  hasComparisonGroup: true,
} as const;

export const EXAMPLE_ENROLMENT = {
  arm: 'intervention',
  enrolledOn: '2026-01-10',
  ageBand: '80+',
  gender: 'female',
  riskFactors: ['living-alone', 'poverty'],
  consent: { givenOn: '2026-01-10' },
  personal: { name: 'Mia Peeters', email: 'mia@example.org' },
} as const;

export const DJG6_ANSWERS = ['yes', 'more-or-less', 'no', 'yes', 'yes', 'no'] as const;

export const EXAMPLE_BASELINE = {
  instrument: 'djg-6',
  wave: 0,
  takenOn: '2026-01-10',
  responses: DJG6_ANSWERS,
} as const;

export const EXAMPLE_CONTACT = { on: '2026-01-17', minutes: 45, kind: 'visit' } as const;

export const EXAMPLE_EXIT = { on: '2026-06-30', reason: 'completed' } as const;

export const EXAMPLE_CORRECTION = { responses: ['no', 'no', 'no', 'yes', 'yes', 'yes'] } as const;

export const EXAMPLE_CONSENT_WITHDRAWAL = { on: '2026-03-01' } as const;

export const EXAMPLE_QUESTIONNAIRE_LINK = { instrument: 'djg-6', wave: 0, language: 'fr' } as const;
