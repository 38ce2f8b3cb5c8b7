import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { QuestionnaireLinkNotFoundError, type QuestionnaireLinkRevoked } from '@outcome/domain';
import { organisationOf } from '../write/organisation-principal';
import { isLinkId } from './questionnaire-link-ids';
import { QuestionnaireLinkKeys } from './questionnaire-link-keys';
import { QuestionnaireLinkWriter } from './questionnaire-link-writer';
import { type RevokedQuestionnaireLink, RevokeQuestionnaireLinkCommand } from './revoke-questionnaire-link.command';

/** Revoking a revoked link answers its first revocation. */
@CommandHandler(RevokeQuestionnaireLinkCommand)
export class RevokeQuestionnaireLinkHandler implements ICommandHandler<RevokeQuestionnaireLinkCommand> {
  constructor(
    private readonly writer: QuestionnaireLinkWriter,
    private readonly keys: QuestionnaireLinkKeys,
  ) {}

  async execute({ linkId, context }: RevokeQuestionnaireLinkCommand): Promise<RevokedQuestionnaireLink> {
    const key = isLinkId(linkId) ? await this.keys.findByLinkId(linkId) : undefined;
    if (!key) throw new QuestionnaireLinkNotFoundError();
    const handled = await this.writer.handle(
      {
        type: 'RevokeQuestionnaireLink',
        participantId: key.participantId,
        organisationId: organisationOf(context.principal),
        linkId,
        now: new Date().toISOString(),
      },
      context,
    );
    const revoked = handled.events[0] as QuestionnaireLinkRevoked | undefined;
    const revokedAt =
      revoked?.data.revokedAt ?? (await this.writer.read(key.participantId)).links.links[linkId]?.revokedAt;
    if (!revokedAt) throw new QuestionnaireLinkNotFoundError();
    return { id: linkId, revokedAt };
  }
}
