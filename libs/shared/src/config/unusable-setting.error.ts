import { inspect } from 'node:util';

/**
 * A setting of the right form that does not work: the server it names refuses the connection,
 * the folder cannot be written, the address cannot be bound. The message names the variable,
 * shows its value (a password masked) and says what went wrong.
 */
export class UnusableSettingError extends Error {
  readonly code = 'config.unusable';

  constructor(
    /** The environment variable at fault. */
    readonly variable: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UnusableSettingError';
  }

  /** Nest reports a failed start by inspecting the error: the operator needs this line, not a stack. */
  [inspect.custom](): string {
    return this.message;
  }
}
