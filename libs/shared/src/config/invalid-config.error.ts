export interface ConfigProblem {
  /** The environment variable at fault. */
  readonly variable: string;
  readonly message: string;
}

/** The configuration cannot start the platform; the message names every bad setting. */
export class InvalidConfigError extends Error {
  readonly code = 'config.invalid';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  - ${problem.variable} ${problem.message}`).join('\n')}`,
    );
    this.name = 'InvalidConfigError';
  }
}
