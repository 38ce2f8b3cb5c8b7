import { Command } from '@nestjs/cqrs';
import type { WriteContext, Written } from '../write/write-context';

export class EraseParticipantCommand extends Command<Written> {
  constructor(
    readonly participantId: string,
    readonly context: WriteContext,
  ) {
    super();
  }
}
