/** What a command answers: a JSON document for `--json`, lines for people, and its exit code. */
export interface CommandAnswer {
  readonly json: unknown;
  readonly lines: readonly string[];
  /** 0 unless the command says otherwise (a verify mismatch, an import with errors, a failed view). */
  readonly exitCode?: number;
}

export interface OutputOptions {
  readonly json?: boolean;
}

/** Prints an answer as asked: one JSON document on stdout with `--json`, readable lines otherwise. */
export function printAnswer(answer: CommandAnswer, options: OutputOptions): void {
  if (options.json) process.stdout.write(`${JSON.stringify(answer.json, jsonValue, 2)}\n`);
  else for (const line of answer.lines) process.stdout.write(`${line}\n`);
  process.exitCode = answer.exitCode ?? 0;
}

/** A failed command: its message on stderr (and as `{error}` on stdout with `--json`), exit code 1. */
export function printFailure(error: unknown, options: OutputOptions): void {
  const message = fileProblemOf(error) ?? (error instanceof Error ? error.message : String(error));
  const code = (error as { code?: unknown } | null)?.code;
  process.stderr.write(`error: ${message}\n`);
  if (options.json)
    process.stdout.write(`${JSON.stringify({ error: { message, ...(typeof code === 'string' ? { code } : {}) } })}\n`);
  process.exitCode = 1;
}

/** A file the command could not open, said as a person would. */
function fileProblemOf(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof path !== 'string') return undefined;
  if (code === 'ENOENT') return `No such file or folder: ${path} (check the path)`;
  if (code === 'EACCES' || code === 'EPERM') return `This user may not open ${path}: check its permissions`;
  if (code === 'EISDIR') return `${path} is a folder, not a file`;
  return undefined;
}

/** Positions are bigints: JSON shows them as strings, as the API does. */
export function jsonValue(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
