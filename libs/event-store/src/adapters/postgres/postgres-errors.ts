import { DatabaseError } from 'pg';
import {
  AppendOutcomeUnknownError,
  EventIdConflictError,
  EventStoreUnavailableError,
  WrongExpectedVersionError,
} from '../../errors';

/** SQLSTATEs the append function raises (the conflicts with a JSON detail); class "OL" is unused by PostgreSQL. */
export const APPEND_SQLSTATE = {
  wrongExpectedVersion: 'OLV01',
  eventIdConflict: 'OLI01',
  notReadCommitted: 'OLT01',
} as const;

// PostgreSQL appendix A: class 08 (connection exception), 53300 too_many_connections, and the
// 57P0x operator interventions (admin_shutdown, crash_shutdown, cannot_connect_now).
const UNAVAILABLE_SQLSTATE = /^(08...|53300|57P0[123])$/;
const SOCKET_ERROR_CODE = /^E[A-Z]+$/;
// node-postgres reports a lost or unreachable server with plain Errors carrying only these messages.
const DRIVER_CONNECTION_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * The store's error for a failure of node-postgres: the append function's version and event-id
 * conflicts, or EventStoreUnavailableError when the server cannot be reached. Other errors are
 * returned as they are.
 */
export function toEventStoreError(error: unknown): unknown {
  if (error instanceof DatabaseError) {
    if (error.code === APPEND_SQLSTATE.wrongExpectedVersion) {
      const { stream, expected, actual } = parseDetail<{ stream: string; expected: string; actual: string }>(error);
      return new WrongExpectedVersionError(stream, expected, actual);
    }
    if (error.code === APPEND_SQLSTATE.eventIdConflict) {
      const { stream, eventIds } = parseDetail<{ stream: string; eventIds: string[] }>(error);
      return new EventIdConflictError(stream, eventIds);
    }
    if (error.code !== undefined && UNAVAILABLE_SQLSTATE.test(error.code)) return unavailable(error);
    return error;
  }
  if (isConnectionFailure(error)) return unavailable(error);
  return error;
}

/**
 * The store's error for a failure once the append statement was sent: as `toEventStoreError`, but
 * a lost connection becomes AppendOutcomeUnknownError, as the append may have committed.
 */
export function toSentAppendError(error: unknown): unknown {
  const mapped = toEventStoreError(error);
  if (!(mapped instanceof EventStoreUnavailableError)) return mapped;
  return new AppendOutcomeUnknownError(`PostgreSQL may or may not have stored the append: ${mapped.message}`, {
    cause: error,
  });
}

function parseDetail<Detail>(error: DatabaseError): Detail {
  return JSON.parse(error.detail ?? '{}') as Detail;
}

// Duck-typed: socket errors come from Node's own realm, where `instanceof Error` can fail (jest).
function isConnectionFailure(error: unknown): error is Error {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && SOCKET_ERROR_CODE.test(code)) ||
    (typeof message === 'string' && DRIVER_CONNECTION_MESSAGE.test(message))
  );
}

function unavailable(error: Error): EventStoreUnavailableError {
  return new EventStoreUnavailableError(`PostgreSQL is unavailable: ${error.message}`, { cause: error });
}
