import { InvalidInputError } from '@outcome/domain';

/** A query parameter that is not a valid value: the answer is 400 naming the parameter. */
export class InvalidQueryError extends InvalidInputError {
  readonly code = 'query.invalid-parameter';
}
