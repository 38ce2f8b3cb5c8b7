export const participantStream = (participantId: string): string => `participant-${participantId}`;
