/** Kinds of intervention against loneliness (docs/api.md "Domain"). */
export const INTERVENTION_TYPES = [
  'buddy',
  'neighbour-help',
  'group-activity',
  'phone-contact',
  'practical-support',
  'psychosocial-support',
  'meaningful-activity',
  'outreach',
  'other',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** The bands of the Brussels hearing, with the oldest split finer (docs/api.md). */
export const AGE_BANDS = ['0-12', '13-17', '18-25', '26-59', '60-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** Risk factors for loneliness named in the hearing, poverty first. */
export const RISK_FACTORS = [
  'poverty',
  'health-limitation',
  'living-alone',
  'single-parent',
  'migration-background',
  'other-language',
  'digital-divide',
  'life-transition',
  'informal-carer',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

/** `comparison` is a waiting-list or care-as-usual group. */
export const ARMS = ['intervention', 'comparison'] as const;
export type Arm = (typeof ARMS)[number];

export const CONTACT_KINDS = ['visit', 'call', 'activity', 'help', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const EXIT_REASONS = ['completed', 'moved', 'died', 'declined', 'lost-to-follow-up', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
