import type { AnswerOf } from '../../api/client';

type ListedLink = AnswerOf<'/api/participants/{participantId}/questionnaire-links'>['links'][number];

/** open, used, expired or revoked: what a coordinator needs to know of a link. */
export function stateOf(link: Pick<ListedLink, 'usedAt' | 'revokedAt' | 'expiresAt'>, now: Date): string {
  if (link.usedAt) return 'used';
  if (link.revokedAt) return 'revoked';
  return new Date(link.expiresAt) <= now ? 'expired' : 'open';
}
