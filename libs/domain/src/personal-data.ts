/** Which fields of an event are personal, and whose: stored encrypted with that person's key. */
export interface PersonalFields {
  readonly subject: string;
  readonly fields: readonly string[];
}

const PERSONAL_FIELDS_BY_EVENT_TYPE: Readonly<Record<string, readonly string[]>> = {
  ParticipantAdded: ['reference'],
  // Gender and risk factors could single someone out in a small project: erasable with the rest.
  ParticipantEnrolled: ['reference', 'gender', 'riskFactors', 'personal'],
  MeasurementRecorded: ['responses', 'scores'],
  MeasurementCorrected: ['responses', 'scores'],
  // The language a participant reads their questionnaire in says something about them.
  QuestionnaireLinkCreated: ['language'],
};

/**
 * The personal-data policy of the domain: every personal field belongs to a participant, whose
 * erasure destroys the key and leaves the rest of the event readable.
 */
export function personalFieldsOf(event: {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}): PersonalFields | undefined {
  const fields = PERSONAL_FIELDS_BY_EVENT_TYPE[event.type];
  const subject = event.data['participantId'];
  return fields && typeof subject === 'string' ? { subject, fields } : undefined;
}

/** Fields never exported, not even to evaluators: names and contact details. */
export const PERSONAL_DETAIL_FIELDS: readonly string[] = ['personal'];
