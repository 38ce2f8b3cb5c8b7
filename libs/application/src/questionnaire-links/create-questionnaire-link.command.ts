import { Command } from '@nestjs/cqrs';
import type { CalendarDate } from '@outcome/domain';
import type { Language } from '@outcome/instruments';
import type { WriteContext } from '../write/write-context';

export interface QuestionnaireLinkInput {
  readonly instrument: string;
  readonly wave: number;
  readonly language: Language;
  /** The last day the link works (UTC); 14 days from now when absent. */
  readonly expiresOn?: CalendarDate;
}

export interface CreatedQuestionnaireLink {
  readonly id: string;
  /** `/q/<secret>`: the secret is shown this once. */
  readonly url: string;
  readonly expiresAt: string;
}

export class CreateQuestionnaireLinkCommand extends Command<CreatedQuestionnaireLink> {
  constructor(
    readonly participantId: string,
    readonly link: QuestionnaireLinkInput,
    readonly context: WriteContext,
  ) {
    super();
  }
}
