import type { Language } from '@outcome/instruments';
import type { ActingOrganisation } from '../shared/actor';

interface QuestionnaireLinkCommandBase {
  readonly participantId: string;
  /** The instant of the decision, ISO 8601 in UTC (`toISOString`): the domain has no clock. */
  readonly now: string;
}

export interface CreateQuestionnaireLink extends QuestionnaireLinkCommandBase, ActingOrganisation {
  readonly type: 'CreateQuestionnaireLink';
  readonly linkId: string;
  readonly instrument: string;
  readonly wave: number;
  readonly language: Language;
  readonly expiresAt: string;
}

export interface RevokeQuestionnaireLink extends QuestionnaireLinkCommandBase, ActingOrganisation {
  readonly type: 'RevokeQuestionnaireLink';
  readonly linkId: string;
}

/** Closes the link once its answers are recorded as a measurement. */
export interface RecordQuestionnaireLinkUse extends QuestionnaireLinkCommandBase {
  readonly type: 'RecordQuestionnaireLinkUse';
  readonly linkId: string;
  readonly measurementId: string;
}

/** docs/api.md: erasing a participant revokes their links. */
export interface RevokeQuestionnaireLinksOfErased extends QuestionnaireLinkCommandBase {
  readonly type: 'RevokeQuestionnaireLinksOfErased';
}

export type QuestionnaireLinkCommand =
  CreateQuestionnaireLink | RevokeQuestionnaireLink | RecordQuestionnaireLinkUse | RevokeQuestionnaireLinksOfErased;
