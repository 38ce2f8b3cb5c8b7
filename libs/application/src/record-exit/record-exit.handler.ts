import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@outcome/event-store';
import { handleParticipantCommand } from '../write/handle-participant-command';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { RecordExitCommand } from './record-exit.command';

@CommandHandler(RecordExitCommand)
export class RecordExitHandler implements ICommandHandler<RecordExitCommand> {
  constructor(private readonly store: EventStore) {}

  async execute({ participantId, exit, context }: RecordExitCommand): Promise<Written> {
    const handled = await handleParticipantCommand(
      this.store,
      { type: 'RecordExit', participantId, organisationId: organisationOf(context.principal), ...exit },
      context,
      exit.on,
    );
    return { position: positionOf(handled.position) };
  }
}
