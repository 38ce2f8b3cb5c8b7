export const organisationStream = (organisationId: string): string => `organisation-${organisationId}`;
