import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ParticipantWriter } from '../write/participant-writer';
import { organisationOf } from '../write/organisation-principal';
import { positionOf } from '../write/write-context';
import { type ContactLoggedResult, LogContactCommand } from './log-contact.command';

@CommandHandler(LogContactCommand)
export class LogContactHandler implements ICommandHandler<LogContactCommand> {
  constructor(private readonly participants: ParticipantWriter) {}

  async execute({ participantId, contact, context }: LogContactCommand): Promise<ContactLoggedResult> {
    const contactId = randomUUID();
    const handled = await this.participants.handle(
      { type: 'LogContact', participantId, organisationId: organisationOf(context.principal), contactId, ...contact },
      context,
      contact.on,
    );
    return { id: contactId, position: positionOf(handled.position) };
  }
}
