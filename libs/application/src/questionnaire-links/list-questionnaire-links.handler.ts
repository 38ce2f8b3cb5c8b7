import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ParticipantErasedError, ParticipantNotFoundError } from '@outcome/domain';
import { organisationOf } from '../write/organisation-principal';
import { ListQuestionnaireLinksQuery, type QuestionnaireLinkList } from './list-questionnaire-links.query';
import { QuestionnaireLinkWriter } from './questionnaire-link-writer';

/** Read from the participant's links stream: current as soon as a write has answered. */
@QueryHandler(ListQuestionnaireLinksQuery)
export class ListQuestionnaireLinksHandler implements IQueryHandler<ListQuestionnaireLinksQuery> {
  constructor(private readonly writer: QuestionnaireLinkWriter) {}

  async execute({ participantId, principal }: ListQuestionnaireLinksQuery): Promise<QuestionnaireLinkList> {
    const { links, facts } = await this.writer.read(participantId);
    const { participant } = facts;
    if (participant.status === 'unknown' || participant.organisationId !== organisationOf(principal)) {
      throw new ParticipantNotFoundError(participantId);
    }
    if (participant.status === 'erased') throw new ParticipantErasedError(participantId);
    return {
      links: Object.values(links.links).map((link) => ({
        id: link.linkId,
        instrument: link.instrument,
        wave: link.wave,
        language: link.language,
        expiresAt: link.expiresAt,
        usedAt: link.usedAt,
        revokedAt: link.revokedAt,
      })),
    };
  }
}
