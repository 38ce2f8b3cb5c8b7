import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { KEY_ENCRYPTION_KEY } from './test-api';

const ROOT = join(__dirname, '..', '..', '..');
const CLI_ARGS = ['-r', '@swc-node/register', join(ROOT, 'apps', 'cli', 'src', 'main.ts')];

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Settings of one set of stores, as the cli reads them from its environment. */
export type CliEnv = Readonly<Record<string, string>>;

/** Starts the cli from its sources (as `npm run cli` runs its build), with these settings only. */
export function startCli(args: readonly string[], env: CliEnv): ChildProcess {
  return spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd: ROOT,
    // The test api's key-encryption key, so that the cli opens the stores a test api wrote.
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DEMO: '0', KEY_ENCRYPTION_KEY, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs the cli to its end. */
export function runCli(args: readonly string[], env: CliEnv, input?: string): Promise<CliRun> {
  const child = startCli(args, env);
  return finished(child, input);
}

/** Collects a started cli's output until it ends. */
export function finished(child: ChildProcess, input?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin!.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the cli with `--json` and parses its answer; fails the test with its stderr when it exits non-zero. */
export async function runCliJson<T>(args: readonly string[], env: CliEnv): Promise<T> {
  const run = await runCli([...args, '--json'], env);
  if (run.code !== 0) throw new Error(`cli ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
