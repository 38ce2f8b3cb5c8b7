import { ApiError } from '../api/client';

/** A refused write, laid out for a form: a message beside each field it names, and one for the form. */
export interface Refusal {
  readonly fields: Readonly<Record<string, string>>;
  readonly general: string | null;
}

export const NO_REFUSAL: Refusal = { fields: {}, general: null };

/** The field each domain rule is about, so that its message stands beside that field. */
const FIELD_OF_RULE: Readonly<Record<string, string>> = {
  'participant.reference-already-used': 'reference',
  'measurement.before-enrolment': 'takenOn',
  'measurement.after-exit': 'takenOn',
  'measurement.after-consent-withdrawal': 'takenOn',
  'measurement.wave-already-recorded': 'wave',
  'measurement.instrument-not-measured': 'instrument',
  'measurement.unknown-instrument': 'instrument',
  'contact.before-enrolment': 'on',
  'contact.after-exit': 'on',
  'participant.exit-before-enrolment': 'on',
  'participant.exit-before-last-contact': 'on',
  'participant.consent-withdrawn-before-given': 'on',
};

/** Where to show what the api said: field by field for invalid input, beside the rule's field for a domain rule. */
export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ApiError)) return { fields: {}, general: (error as Error).message };
  if (error.details.length > 0) {
    const fields: Record<string, string> = {};
    for (const { path, message } of error.details)
      fields[path] = fields[path] ? `${fields[path]}; ${message}` : message;
    return { fields, general: null };
  }
  const field = error.code ? FIELD_OF_RULE[error.code] : undefined;
  return field ? { fields: { [field]: error.message }, general: null } : { fields: {}, general: error.message };
}
