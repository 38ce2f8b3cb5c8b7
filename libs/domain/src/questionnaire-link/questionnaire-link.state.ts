import type { Language } from '@outcome/instruments';
import type { QuestionnaireLinkEvent } from './questionnaire-link.events';

export interface QuestionnaireLinkOnRecord {
  readonly linkId: string;
  readonly organisationId: string;
  readonly instrument: string;
  readonly wave: number;
  /** Null once the participant is erased: the language was theirs. */
  readonly language: Language | null;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  readonly measurementId: string | null;
  readonly revokedAt: string | null;
}

/** A participant's links, in the order they were made. */
export interface QuestionnaireLinksState {
  readonly links: Readonly<Record<string, QuestionnaireLinkOnRecord>>;
}

export const initialQuestionnaireLinksState = (): QuestionnaireLinksState => ({ links: {} });

export function evolveQuestionnaireLinks(
  state: QuestionnaireLinksState,
  event: QuestionnaireLinkEvent,
): QuestionnaireLinksState {
  if (event.type === 'QuestionnaireLinkCreated') {
    const { linkId, organisationId, instrument, wave, expiresAt } = event.data;
    const link = {
      linkId,
      organisationId,
      instrument,
      wave,
      language: event.data.language ?? null,
      expiresAt,
      usedAt: null,
      measurementId: null,
      revokedAt: null,
    };
    return { links: { ...state.links, [linkId]: link } };
  }
  const link = state.links[event.data.linkId];
  if (!link) return state;
  const changed =
    event.type === 'QuestionnaireLinkUsed'
      ? { ...link, usedAt: event.data.usedAt, measurementId: event.data.measurementId }
      : { ...link, revokedAt: event.data.revokedAt };
  return { links: { ...state.links, [link.linkId]: changed } };
}

/** Neither used nor revoked (it may still have expired). */
export const isOpenLink = (link: QuestionnaireLinkOnRecord): boolean => link.usedAt === null && link.revokedAt === null;
