import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { projectDecider, projectStream } from '@outcome/domain';
import { EventStore, handleCommand } from '@outcome/event-store';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, writeOptions } from '../write/write-context';
import { type ProjectRegisteredResult, RegisterProjectCommand } from './register-project.command';

@CommandHandler(RegisterProjectCommand)
export class RegisterProjectHandler implements ICommandHandler<RegisterProjectCommand> {
  constructor(private readonly store: EventStore) {}

  async execute({ project, context }: RegisterProjectCommand): Promise<ProjectRegisteredResult> {
    const projectId = randomUUID();
    const handled = await handleCommand(
      this.store,
      projectStream(projectId),
      {
        type: 'RegisterProject',
        projectId,
        organisationId: organisationOf(context.principal),
        name: project.name,
        interventionType: project.interventionType,
        targetGroup: project.targetGroup ?? null,
        startsOn: project.startsOn,
        endsOn: project.endsOn ?? null,
        instruments: project.instruments,
        hasComparisonGroup: project.hasComparisonGroup ?? false,
      },
      projectDecider,
      writeOptions(context, project.startsOn),
    );
    return { id: projectId, position: positionOf(handled.position) };
  }
}
