import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { openQuestionnaireLink, QuestionnaireLinkNotFoundError } from '@outcome/domain';
import { type OpenQuestionnaire, OpenQuestionnaireLinkQuery } from './open-questionnaire-link.query';
import { QuestionnaireLinkKeys } from './questionnaire-link-keys';
import { QuestionnaireLinkWriter } from './questionnaire-link-writer';

/** The questionnaire a secret opens now, or the rule that closes it (used, revoked, expired, …). */
@QueryHandler(OpenQuestionnaireLinkQuery)
export class OpenQuestionnaireLinkHandler implements IQueryHandler<OpenQuestionnaireLinkQuery> {
  constructor(
    private readonly keys: QuestionnaireLinkKeys,
    private readonly writer: QuestionnaireLinkWriter,
  ) {}

  async execute({ secret }: OpenQuestionnaireLinkQuery): Promise<OpenQuestionnaire> {
    const key = await this.keys.findBySecret(secret);
    if (!key) throw new QuestionnaireLinkNotFoundError();
    const { links, facts } = await this.writer.read(key.participantId);
    const link = openQuestionnaireLink(links, key.linkId, facts.participant, new Date().toISOString());
    return { instrument: link.instrument, language: link.language ?? 'en' };
  }
}
