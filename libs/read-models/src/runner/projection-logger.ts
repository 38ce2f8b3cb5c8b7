/**
 * Where the runner reports progress and failures; apps adapt pino or Nest's logger to it. Details
 * carry positions as decimal strings, since JSON cannot hold a bigint.
 */
export interface ProjectionLogger {
  info(message: string, details: Readonly<Record<string, unknown>>): void;
  warn(message: string, details: Readonly<Record<string, unknown>>): void;
  error(message: string, details: Readonly<Record<string, unknown>>): void;
}
