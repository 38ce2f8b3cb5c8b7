import { Query } from '@nestjs/cqrs';
import type { Language } from '@outcome/instruments';

/** What the participant's page shows: the questionnaire, and nothing about the participant. */
export interface OpenQuestionnaire {
  readonly instrument: string;
  readonly language: Language;
}

export class OpenQuestionnaireLinkQuery extends Query<OpenQuestionnaire> {
  constructor(readonly secret: string) {
    super();
  }
}
