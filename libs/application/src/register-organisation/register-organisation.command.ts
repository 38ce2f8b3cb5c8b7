import { Command } from '@nestjs/cqrs';
import type { WriteContext, Written } from '../write/write-context';

export interface OrganisationRegisteredResult extends Written {
  readonly id: string;
  readonly name: string;
}

export class RegisterOrganisationCommand extends Command<OrganisationRegisteredResult> {
  constructor(
    readonly name: string,
    readonly context: WriteContext,
  ) {
    super();
  }
}
