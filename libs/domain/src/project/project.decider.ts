import { isInstrumentId } from '@outcome/instruments';
import type { RegisterProject, ProjectCommand } from './project.commands';
import { InvalidProjectError, ProjectAlreadyRegisteredError } from './project.errors';
import type { ProjectEvent } from './project.events';
import { evolveProject, initialProjectState, type ProjectState } from './project.state';

export const projectDecider = {
  initialState: initialProjectState,
  evolve: evolveProject,

  decide(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
    switch (command.type) {
      case 'RegisterProject':
        return registerProject(command, state);
    }
  },
};

function registerProject(command: RegisterProject, state: ProjectState): ProjectEvent[] {
  if (state.status === 'registered') throw new ProjectAlreadyRegisteredError(command.projectId);
  command.instruments.forEach((instrument, index) => {
    if (!isInstrumentId(instrument))
      throw new InvalidProjectError(`instruments[${index}]`, `unknown instrument "${instrument}"`);
    if (command.instruments.indexOf(instrument) !== index) {
      throw new InvalidProjectError(`instruments[${index}]`, `"${instrument}" is listed twice`);
    }
  });
  if (command.instruments.length === 0) throw new InvalidProjectError('instruments', 'name at least one instrument');
  if (command.endsOn !== null && command.endsOn < command.startsOn) {
    throw new InvalidProjectError(
      'endsOn',
      `the project cannot end (${command.endsOn}) before it starts (${command.startsOn})`,
    );
  }
  return [
    {
      type: 'ProjectRegistered',
      data: {
        projectId: command.projectId,
        organisationId: command.organisationId,
        name: command.name,
        interventionType: command.interventionType,
        targetGroup: command.targetGroup,
        startsOn: command.startsOn,
        endsOn: command.endsOn,
        instruments: [...command.instruments],
        hasComparisonGroup: command.hasComparisonGroup,
      },
    },
  ];
}
