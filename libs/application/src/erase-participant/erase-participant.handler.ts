import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type EraseParticipant, enrolledParticipant, participantStream } from '@outcome/domain';
import { EventStore, SubjectKeyStore } from '@outcome/event-store';
import { IdempotencyRecords } from '../idempotency/idempotency-records';
import { QuestionnaireLinkWriter } from '../questionnaire-links/questionnaire-link-writer';
import { organisationOf } from '../write/organisation-principal';
import { foldParticipant } from '../write/participant-streams';
import { ParticipantWriter } from '../write/participant-writer';
import { positionOf, type Written } from '../write/write-context';
import { EraseParticipantCommand } from './erase-participant.command';

/**
 * Crypto-shredding: destroys the participant's key, so their personal details, responses and
 * scores become unreadable in every event, then records the erasure and forgets the answers kept
 * for their idempotent requests. The key goes first: should recording the erasure fail, nothing
 * of the person can be read meanwhile, and a retry (the stream does not say erased yet) destroys
 * the key again (destroying is idempotent) and records it.
 */
@CommandHandler(EraseParticipantCommand)
export class EraseParticipantHandler implements ICommandHandler<EraseParticipantCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly keys: SubjectKeyStore,
    private readonly participants: ParticipantWriter,
    private readonly idempotency: IdempotencyRecords,
    private readonly questionnaireLinks: QuestionnaireLinkWriter,
  ) {}

  async execute({ participantId, context }: EraseParticipantCommand): Promise<Written> {
    const command: EraseParticipant = {
      type: 'EraseParticipant',
      participantId,
      organisationId: organisationOf(context.principal),
    };
    // Only a participant this organisation may still erase loses their key: not-found otherwise.
    enrolledParticipant(foldParticipant(await this.store.readStream(participantStream(participantId))), command);
    // docs/api.md: erasure revokes the participant's questionnaire links.
    const now = new Date().toISOString();
    await this.questionnaireLinks.handle({ type: 'RevokeQuestionnaireLinksOfErased', participantId, now }, context);
    await this.keys.destroyKey(participantId);
    const handled = await this.participants.handle(command, context);
    await this.idempotency.forgetSubject(participantId);
    return { position: positionOf(handled.position) };
  }
}
