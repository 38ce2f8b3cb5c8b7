import { deciderSpecification } from '../testing/decider-specification';
import type { RegisterProject } from './project.commands';
import { InvalidProjectError, ProjectAlreadyRegisteredError } from './project.errors';
import type { ProjectEvent } from './project.events';
import { projectDecider } from './project.decider';

const spec = deciderSpecification(projectDecider);

const register = (overrides: Partial<RegisterProject> = {}): RegisterProject => ({
  type: 'RegisterProject',
  projectId: 'project-1',
  organisationId: 'org-1',
  name: 'Phone circle Schaerbeek',
  interventionType: 'phone-contact',
  targetGroup: 'people over 80 living alone',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  instruments: ['djg-6', 'who-5'],
  hasComparisonGroup: false,
  ...overrides,
});

const registered: ProjectEvent = {
  type: 'ProjectRegistered',
  data: {
    projectId: 'project-1',
    organisationId: 'org-1',
    name: 'Phone circle Schaerbeek',
    interventionType: 'phone-contact',
    targetGroup: 'people over 80 living alone',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    instruments: ['djg-6', 'who-5'],
    hasComparisonGroup: false,
  },
};

describe('projectDecider', () => {
  it('registers a project', () => spec.given([]).when(register()).then([registered]));

  it('registers a project without an end date', () =>
    spec
      .given([])
      .when(register({ endsOn: null }))
      .then([{ ...registered, data: { ...registered.data, endsOn: null } }]));

  it('refuses to register the same project twice', () =>
    spec.given([registered]).when(register()).thenThrows(ProjectAlreadyRegisteredError));

  it('rejects an end before the start, naming endsOn', () =>
    spec
      .given([])
      .when(register({ endsOn: '2025-12-31' }))
      .thenThrows(InvalidProjectError, /^endsOn: the project cannot end/));

  it('rejects an unknown instrument, naming its place in the list', () =>
    spec
      .given([])
      .when(register({ instruments: ['djg-6', 'loneliness-9000'] }))
      .thenThrows(InvalidProjectError, 'instruments[1]: unknown instrument "loneliness-9000"'));

  it('rejects an instrument listed twice', () =>
    spec
      .given([])
      .when(register({ instruments: ['djg-6', 'djg-6'] }))
      .thenThrows(InvalidProjectError, 'instruments[1]: "djg-6" is listed twice'));

  it('rejects a project that measures nothing', () =>
    spec
      .given([])
      .when(register({ instruments: [] }))
      .thenThrows(InvalidProjectError, 'instruments: name at least one'));
});
