import { Command } from '@nestjs/cqrs';
import type { CalendarDate, ExitReason } from '@outcome/domain';
import type { WriteContext, Written } from '../write/write-context';

export class RecordExitCommand extends Command<Written> {
  constructor(
    readonly participantId: string,
    readonly exit: { readonly on: CalendarDate; readonly reason: ExitReason },
    readonly context: WriteContext,
  ) {
    super();
  }
}
