import type { OrganisationCommand } from './organisation.commands';
import { OrganisationAlreadyRegisteredError } from './organisation.errors';
import type { OrganisationEvent } from './organisation.events';

export type OrganisationState =
  | { readonly status: 'unregistered' }
  | { readonly status: 'registered'; readonly organisationId: string; readonly name: string };

export const organisationDecider = {
  initialState: (): OrganisationState => ({ status: 'unregistered' }),

  evolve(state: OrganisationState, event: OrganisationEvent): OrganisationState {
    switch (event.type) {
      case 'OrganisationRegistered':
        return { status: 'registered', organisationId: event.data.organisationId, name: event.data.name };
      default:
        return state;
    }
  },

  decide(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
    switch (command.type) {
      case 'RegisterOrganisation':
        if (state.status === 'registered') throw new OrganisationAlreadyRegisteredError(command.organisationId);
        return [
          { type: 'OrganisationRegistered', data: { organisationId: command.organisationId, name: command.name } },
        ];
    }
  },
};
