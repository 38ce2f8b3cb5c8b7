import { DomainError } from '../shared/domain-error';

export class OrganisationAlreadyRegisteredError extends DomainError {
  readonly code = 'organisation.already-registered';
  readonly kind = 'conflict';
  constructor(organisationId: string) {
    super(`Organisation ${organisationId} is already registered`);
  }
}
