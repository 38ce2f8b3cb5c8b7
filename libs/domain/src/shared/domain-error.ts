/**
 * How a broken rule is reported: the api maps the kind to an HTTP status (not-found 404,
 * conflict 409, rule-broken 422, invalid-input 400) in one place.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'rule-broken' | 'invalid-input';

/** A domain rule was broken: the name says which, `code` is stable, the message is for a worker to act on. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** One failing field, named by its path (`responses[3]`). */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** The input itself is wrong: every problem names its field. */
export abstract class InvalidInputError extends DomainError {
  readonly kind = 'invalid-input';

  constructor(readonly problems: readonly InputProblem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  }
}
