import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@outcome/event-store';
import { handleParticipantCommand } from '../write/handle-participant-command';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { WithdrawConsentCommand } from './withdraw-consent.command';

@CommandHandler(WithdrawConsentCommand)
export class WithdrawConsentHandler implements ICommandHandler<WithdrawConsentCommand> {
  constructor(private readonly store: EventStore) {}

  async execute({ participantId, on, context }: WithdrawConsentCommand): Promise<Written> {
    const handled = await handleParticipantCommand(
      this.store,
      { type: 'WithdrawConsent', participantId, organisationId: organisationOf(context.principal), on },
      context,
      on,
    );
    return { position: positionOf(handled.position) };
  }
}
