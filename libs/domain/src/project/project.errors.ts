import { DomainError, InvalidInputError } from '../shared/domain-error';

/** Also answers for a project of another organisation, so that ids do not leak. */
export class ProjectNotFoundError extends DomainError {
  readonly code = 'project.not-found';
  readonly kind = 'not-found';
  constructor(projectId: string) {
    super(`Project ${projectId} does not exist`);
  }
}

export class ProjectAlreadyRegisteredError extends DomainError {
  readonly code = 'project.already-registered';
  readonly kind = 'conflict';
  constructor(projectId: string) {
    super(`Project ${projectId} is already registered`);
  }
}

/** A project's own data contradicts itself; `path` names the field. */
export class InvalidProjectError extends InvalidInputError {
  readonly code = 'project.invalid';
  constructor(path: string, reason: string) {
    super([{ path, message: reason }]);
  }
}

export class ReferenceAlreadyUsedError extends DomainError {
  readonly code = 'participant.reference-already-used';
  readonly kind = 'conflict';
  constructor(reference: string) {
    super(`Reference "${reference}" is already used in this project: choose another one`);
  }
}
