import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ParticipantWriter } from '../write/participant-writer';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { WithdrawConsentCommand } from './withdraw-consent.command';

@CommandHandler(WithdrawConsentCommand)
export class WithdrawConsentHandler implements ICommandHandler<WithdrawConsentCommand> {
  constructor(private readonly participants: ParticipantWriter) {}

  async execute({ participantId, on, context }: WithdrawConsentCommand): Promise<Written> {
    const handled = await this.participants.handle(
      { type: 'WithdrawConsent', participantId, organisationId: organisationOf(context.principal), on },
      context,
      on,
    );
    return { position: positionOf(handled.position) };
  }
}
