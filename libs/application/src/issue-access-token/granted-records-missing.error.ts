import { InvalidInputError } from '@outcome/domain';

/** A token may only grant what exists: the organisation or the projects it names. */
export class GrantedRecordsMissingError extends InvalidInputError {
  readonly code = 'token.grant-unknown';
}
