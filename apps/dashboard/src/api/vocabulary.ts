import type { BodyOf } from './client';

type Enrolment = BodyOf<'/api/projects/{projectId}/participants'>;
type Contact = BodyOf<'/api/participants/{participantId}/contacts'>;
type Exit = BodyOf<'/api/participants/{participantId}/exit'>;

// The choices the forms offer, typed by the api's own bodies: a value the api would refuse does not compile.
export const ARMS: readonly Enrolment['arm'][] = ['intervention', 'comparison'];
export const AGE_BANDS: readonly Enrolment['ageBand'][] = ['0-12', '13-17', '18-25', '26-59', '60-79', '80+'];
export const GENDERS: readonly NonNullable<Enrolment['gender']>[] = ['female', 'male', 'other', 'unknown'];
export const RISK_FACTORS: readonly NonNullable<Enrolment['riskFactors']>[number][] = [
  'poverty',
  'health-limitation',
  'living-alone',
  'single-parent',
  'migration-background',
  'other-language',
  'digital-divide',
  'life-transition',
  'informal-carer',
];
export const CONTACT_KINDS: readonly Contact['kind'][] = ['visit', 'call', 'activity', 'help', 'other'];
export const EXIT_REASONS: readonly Exit['reason'][] = [
  'completed',
  'moved',
  'died',
  'declined',
  'lost-to-follow-up',
  'other',
];
