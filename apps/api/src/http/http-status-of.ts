import { HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '@outcome/domain';
import {
  AppendOutcomeUnknownError,
  EventIdConflictError,
  EventStoreUnavailableError,
  SubjectErasedError,
  SubjectKeyNotPurgedError,
  WrongExpectedVersionError,
} from '@outcome/event-store';
import { PositionNotReachedError, ReadStoreUnavailableError, ViewNotReadyError } from '@outcome/read-models';

const STATUS_BY_KIND: Readonly<Record<DomainErrorKind, HttpStatus>> = {
  'invalid-input': HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'rule-broken': HttpStatus.UNPROCESSABLE_ENTITY,
};

export interface MappedError {
  readonly status: HttpStatus;
  readonly code: string;
  readonly message: string;
}

/** The HTTP meaning of an error raised below the api, or undefined for an unexpected one. */
export function httpStatusOf(error: unknown): MappedError | undefined {
  if (error instanceof DomainError)
    return { status: STATUS_BY_KIND[error.kind], code: error.code, message: error.message };
  if (error instanceof WrongExpectedVersionError) {
    return {
      status: HttpStatus.CONFLICT,
      code: error.code,
      message: 'Someone else changed this record at the same moment: read it again and retry',
    };
  }
  if (error instanceof EventIdConflictError)
    return { status: HttpStatus.CONFLICT, code: error.code, message: error.message };
  if (error instanceof SubjectErasedError) {
    return { status: HttpStatus.NOT_FOUND, code: error.code, message: 'The participant was erased' };
  }
  if (error instanceof AppendOutcomeUnknownError) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message:
        'The event store stopped answering while this write was under way: it may or may not have been stored. Look before sending it again',
    };
  }
  if (error instanceof SubjectKeyNotPurgedError) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message:
        "The participant's key was destroyed, but a copy may remain in the key file until the erasure is sent again: send it again",
    };
  }
  if (error instanceof EventStoreUnavailableError) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message: 'The event store cannot be reached right now; nothing was written. Try again shortly',
    };
  }
  if (error instanceof ReadStoreUnavailableError) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message:
        'A store could not be reached right now. Try again shortly; send a write again with the same Idempotency-Key, as it may or may not have been stored',
    };
  }
  if (error instanceof PositionNotReachedError) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message: `The views have not yet processed position ${error.position}: try again in a moment`,
    };
  }
  if (error instanceof ViewNotReadyError) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message: 'The views are still being built: try again shortly',
    };
  }
  return undefined;
}
