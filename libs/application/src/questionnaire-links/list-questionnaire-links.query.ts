import { Query } from '@nestjs/cqrs';
import type { Language } from '@outcome/instruments';
import type { Principal } from '../identity/principal';

/** A link as its organisation lists it: never its secret. */
export interface ListedQuestionnaireLink {
  readonly id: string;
  readonly instrument: string;
  readonly wave: number;
  readonly language: Language | null;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  readonly revokedAt: string | null;
}

export interface QuestionnaireLinkList {
  readonly links: readonly ListedQuestionnaireLink[];
}

export class ListQuestionnaireLinksQuery extends Query<QuestionnaireLinkList> {
  constructor(
    readonly participantId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}
