import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ParticipantWriter } from '../write/participant-writer';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { RecordExitCommand } from './record-exit.command';

@CommandHandler(RecordExitCommand)
export class RecordExitHandler implements ICommandHandler<RecordExitCommand> {
  constructor(private readonly participants: ParticipantWriter) {}

  async execute({ participantId, exit, context }: RecordExitCommand): Promise<Written> {
    const handled = await this.participants.handle(
      { type: 'RecordExit', participantId, organisationId: organisationOf(context.principal), ...exit },
      context,
      exit.on,
    );
    return { position: positionOf(handled.position) };
  }
}
