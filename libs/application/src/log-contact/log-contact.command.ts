import { Command } from '@nestjs/cqrs';
import type { CalendarDate, ContactKind } from '@outcome/domain';
import type { WriteContext, Written } from '../write/write-context';

export interface ContactInput {
  readonly on: CalendarDate;
  readonly minutes: number;
  readonly kind: ContactKind;
}

export interface ContactLoggedResult extends Written {
  readonly id: string;
}

export class LogContactCommand extends Command<ContactLoggedResult> {
  constructor(
    readonly participantId: string,
    readonly contact: ContactInput,
    readonly context: WriteContext,
  ) {
    super();
  }
}
