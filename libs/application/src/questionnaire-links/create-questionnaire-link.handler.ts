import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { addDays, type CalendarDate } from '@outcome/domain';
import { organisationOf } from '../write/organisation-principal';
import { CreateQuestionnaireLinkCommand, type CreatedQuestionnaireLink } from './create-questionnaire-link.command';
import { QuestionnaireLinkKeys } from './questionnaire-link-keys';
import { generateQuestionnaireLinkSecret, questionnaireLinkPath } from './questionnaire-link-secret';
import { QuestionnaireLinkWriter } from './questionnaire-link-writer';

/** docs/api.md "Questionnaire links": a link lasts 14 days unless the organisation says otherwise. */
const DEFAULT_LIFE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Records the link, then files its secret's hash: a link refused by a rule leaves no key behind,
 * and a key is never filed for a link that was not recorded.
 */
@CommandHandler(CreateQuestionnaireLinkCommand)
export class CreateQuestionnaireLinkHandler implements ICommandHandler<CreateQuestionnaireLinkCommand> {
  constructor(
    private readonly writer: QuestionnaireLinkWriter,
    private readonly keys: QuestionnaireLinkKeys,
  ) {}

  async execute({ participantId, link, context }: CreateQuestionnaireLinkCommand): Promise<CreatedQuestionnaireLink> {
    const now = new Date();
    const linkId = randomUUID();
    const secret = generateQuestionnaireLinkSecret();
    const expiresAt = link.expiresOn ? endOf(link.expiresOn) : new Date(now.getTime() + DEFAULT_LIFE_MS).toISOString();
    await this.writer.handle(
      {
        type: 'CreateQuestionnaireLink',
        participantId,
        organisationId: organisationOf(context.principal),
        linkId,
        instrument: link.instrument,
        wave: link.wave,
        language: link.language,
        expiresAt,
        now: now.toISOString(),
      },
      context,
    );
    await this.keys.add(secret, { linkId, participantId });
    return { id: linkId, url: questionnaireLinkPath(secret), expiresAt };
  }
}

/** The instant a day ends, in UTC: the link works through that whole day. */
const endOf = (day: CalendarDate): string => `${addDays(day, 1)}T00:00:00.000Z`;
