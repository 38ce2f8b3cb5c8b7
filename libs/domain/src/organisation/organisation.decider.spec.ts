import { deciderSpecification } from '../testing/decider-specification';
import { OrganisationAlreadyRegisteredError } from './organisation.errors';
import { organisationDecider } from './organisation.decider';

const spec = deciderSpecification(organisationDecider);
const register = { type: 'RegisterOrganisation', organisationId: 'org-1', name: 'Buurtwerk Noord' } as const;

describe('organisationDecider', () => {
  it('registers an organisation', () =>
    spec
      .given([])
      .when(register)
      .then([{ type: 'OrganisationRegistered', data: { organisationId: 'org-1', name: 'Buurtwerk Noord' } }]));

  it('refuses to register it twice', () =>
    spec
      .given([{ type: 'OrganisationRegistered', data: { organisationId: 'org-1', name: 'Buurtwerk Noord' } }])
      .when(register)
      .thenThrows(OrganisationAlreadyRegisteredError));
});
