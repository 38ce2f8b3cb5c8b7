import { maskPassword } from './mask-password';

const SERVER_FAILURES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'refused the connection',
  ECONNRESET: 'closed the connection',
  ENOTFOUND: 'names a host that cannot be found',
  EAI_AGAIN: 'names a host that cannot be found',
  ETIMEDOUT: 'did not answer in time',
  EHOSTUNREACH: 'names a host that cannot be reached from here',
  ENETUNREACH: 'names a host that cannot be reached from here',
};

const FOLDER_FAILURES: Readonly<Record<string, string>> = {
  EEXIST: 'is a file, not a folder',
  ENOTDIR: 'lies inside a file, not a folder',
  EACCES: 'cannot be written by this process',
  EPERM: 'cannot be written by this process',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'is on a full disk',
  SQLITE_CANTOPEN: 'holds a database file that cannot be opened',
  SQLITE_READONLY: 'cannot be written by this process',
  SQLITE_NOTADB: 'holds a file that is not a database',
};

/** What went wrong with the server a connection string names, for `DATABASE_URL … <reason>`. */
export function serverFailureReason(error: unknown): string {
  return reasonFrom(SERVER_FAILURES, error);
}

/** What went wrong with a data folder, for `DATA_DIR … <reason>`. */
export function folderFailureReason(error: unknown): string {
  return reasonFrom(FOLDER_FAILURES, error);
}

/** The system's or the database's code of the error or of the first cause that has one. */
export function failureCodeOf(error: unknown): string | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    // Our own errors carry dotted codes (`event-store.unavailable`); the system's and the database's do not.
    if (typeof code === 'string' && !code.includes('.')) return code;
  }
  return undefined;
}

function reasonFrom(reasons: Readonly<Record<string, string>>, error: unknown): string {
  const code = failureCodeOf(error);
  const known = code === undefined ? undefined : reasons[code];
  if (known) return `${known} (${code})`;
  // A driver's message can repeat the connection string it was given.
  const message = maskPassword(error instanceof Error ? error.message : String(error));
  return `failed: ${message}${code ? ` (${code})` : ''}`;
}
