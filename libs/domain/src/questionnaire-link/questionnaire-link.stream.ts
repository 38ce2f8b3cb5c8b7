/** One stream per participant holds all their questionnaire links. */
export const questionnaireLinksStream = (participantId: string): string => `questionnaire-links-${participantId}`;
