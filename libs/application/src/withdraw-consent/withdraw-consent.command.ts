import { Command } from '@nestjs/cqrs';
import type { CalendarDate } from '@outcome/domain';
import type { WriteContext, Written } from '../write/write-context';

export class WithdrawConsentCommand extends Command<Written> {
  constructor(
    readonly participantId: string,
    readonly on: CalendarDate,
    readonly context: WriteContext,
  ) {
    super();
  }
}
