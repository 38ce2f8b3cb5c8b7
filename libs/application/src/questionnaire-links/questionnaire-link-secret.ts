import { randomBytes } from 'node:crypto';

/**
 * The secret of a link, the last part of its path `/q/<secret>`: 192 random bits (above the 128
 * the contract asks for), in 32 URL-safe characters. Stored only as its SHA-256, as tokens are.
 */
export function generateQuestionnaireLinkSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** The link's path on this server: where the participant answers. */
export const questionnaireLinkPath = (secret: string): string => `/q/${secret}`;
