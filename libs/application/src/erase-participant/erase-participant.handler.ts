import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStore, SubjectKeyStore } from '@outcome/event-store';
import { handleParticipantCommand } from '../write/handle-participant-command';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { EraseParticipantCommand } from './erase-participant.command';

/**
 * Records the erasure, then destroys the participant's key: from then on their personal details,
 * responses and scores are unreadable in every event (crypto-shredding). The event comes first so
 * that, should destroying the key fail, the stream already refuses every further write and the
 * key can be destroyed again (destroying is idempotent).
 */
@CommandHandler(EraseParticipantCommand)
export class EraseParticipantHandler implements ICommandHandler<EraseParticipantCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly keys: SubjectKeyStore,
  ) {}

  async execute({ participantId, context }: EraseParticipantCommand): Promise<Written> {
    const handled = await handleParticipantCommand(
      this.store,
      { type: 'EraseParticipant', participantId, organisationId: organisationOf(context.principal) },
      context,
    );
    await this.keys.destroyKey(participantId);
    return { position: positionOf(handled.position) };
  }
}
