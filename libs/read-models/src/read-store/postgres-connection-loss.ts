import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

// PostgreSQL appendix A: class 08 (connection exception), 53300 too_many_connections, 57P01–57P03
// (admin_shutdown — pg_terminate_backend —, crash_shutdown, cannot_connect_now).
const CONNECTION_SQLSTATE = /^(08...|53300|57P0[123])$/;
const SOCKET_CODE = /^E[A-Z]+$/;
// node-postgres reports a lost server with plain Errors carrying only a message.
const LOST_CONNECTION_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/** Whether an error of a read-store transaction means the server or the connection was lost, not the work. */
export function isConnectionLoss(error: unknown): boolean {
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  // Not `instanceof Error`: socket errors come from Node's own realm, which a test sandbox does not share.
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, message } = driverError as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_SQLSTATE.test(code) || SOCKET_CODE.test(code))) return true;
  return typeof message === 'string' && LOST_CONNECTION_MESSAGE.test(message);
}
