import {
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  type WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../../errors';
import type { ExpectedVersion } from '../../expected-version';
import { toStreamVersion } from './kurrentdb-stream-state';

// gRPC status codes (grpc.io/docs/guides/status-codes): a failed append rejects with a plain Error carrying one
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

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

/** Our version clash from KurrentDB's, with the version the stream is actually at. */
export function toWrongExpectedVersionError(
  error: KurrentWrongExpectedVersionError,
  stream: string,
  expected: ExpectedVersion,
): WrongExpectedVersionError {
  return new WrongExpectedVersionError(stream, String(expected), String(toStreamVersion(error.actualState)));
}
