import {
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  type WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { AppendOutcomeUnknownError, EventStoreUnavailableError, WrongExpectedVersionError } from '../../errors';
import type { ExpectedVersion } from '../../expected-version';
import { toStreamVersion } from './kurrentdb-stream-state';

// gRPC status codes (grpc.io/docs/guides/status-codes): a failed append rejects with a plain Error carrying one
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;
// What grpc-js says when it fails a call at pick time, before opening any stream: no transport was
// ever connected (@grpc/grpc-js picker.js, UnavailablePicker; load-balancer-pick-first.js).
const NO_CONNECTION_ESTABLISHED = /No connection established/;

/** True when KurrentDB could not be reached, did not answer in time, or the node stopped being the leader. */
export function isUnavailable(error: unknown): boolean {
  if ([UnavailableError, DeadlineExceededError, TimeoutError, NotLeaderError].some((type) => error instanceof type)) {
    return true;
  }
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === GRPC_UNAVAILABLE || code === GRPC_DEADLINE_EXCEEDED;
}

/** Our error for a failed call to KurrentDB: an outage becomes EventStoreUnavailableError, anything else stays as it is. */
export function toEventStoreError(error: unknown, operation: string): unknown {
  return isUnavailable(error)
    ? new EventStoreUnavailableError(`KurrentDB is unavailable: could not ${operation}`, { cause: error })
    : error;
}

/**
 * Our error for an append that failed once handed to the client. Only a call refused before it
 * reached the leader (no connection was ever made, or the node is not the leader) certainly
 * stored nothing and stays EventStoreUnavailableError; a timeout or an outage mid-call may have
 * stored it, and becomes AppendOutcomeUnknownError.
 * @param error - as `toEventStoreError` or the store's own timeout made it
 */
export function toAppendError(error: unknown): unknown {
  if (!(error instanceof EventStoreUnavailableError) || wasRefusedUnsent(error.cause)) return error;
  return new AppendOutcomeUnknownError(`KurrentDB may or may not have stored the append: ${error.message}`, {
    cause: error.cause ?? error,
  });
}

function wasRefusedUnsent(error: unknown): boolean {
  return error instanceof NotLeaderError || (error instanceof Error && NO_CONNECTION_ESTABLISHED.test(error.message));
}

/** Our version clash from KurrentDB's, with the version the stream is actually at. */
export function toWrongExpectedVersionError(
  error: KurrentWrongExpectedVersionError,
  stream: string,
  expected: ExpectedVersion,
): WrongExpectedVersionError {
  return new WrongExpectedVersionError(stream, String(expected), String(toStreamVersion(error.actualState)));
}
