import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream } from '@outcome/domain';
import { EventStore, handleCommand } from '@outcome/event-store';
import { positionOf, writeOptions } from '../write/write-context';
import { type OrganisationRegisteredResult, RegisterOrganisationCommand } from './register-organisation.command';

@CommandHandler(RegisterOrganisationCommand)
export class RegisterOrganisationHandler implements ICommandHandler<RegisterOrganisationCommand> {
  constructor(private readonly store: EventStore) {}

  async execute({ name, context }: RegisterOrganisationCommand): Promise<OrganisationRegisteredResult> {
    const organisationId = randomUUID();
    const handled = await handleCommand(
      this.store,
      organisationStream(organisationId),
      { type: 'RegisterOrganisation', organisationId, name },
      organisationDecider,
      writeOptions(context),
    );
    return { id: organisationId, name, position: positionOf(handled.position) };
  }
}
