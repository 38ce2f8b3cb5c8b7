import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { KEY_ENCRYPTION_KEY } from './test-api';

const ROOT = resolve(__dirname, '../../..');
const API_SOURCES = join(ROOT, 'apps/api/src/main.ts');

/** The api from its sources in a process of its own, as `npm start` runs it, with everything it printed. */
export interface ApiProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  readonly output: () => string;
  /** The base URL, once it listens. */
  readonly url: Promise<string>;
  /** The exit code, or the signal that ended it. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** Ends it with SIGTERM (or the signal given) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
}

/** Starts the api on PORT 0 of the loopback with the settings given (DATA_DIR at least). */
export function startApiProcess(env: Record<string, string>): ApiProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', API_SOURCES], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DEMO: '0', KEY_ENCRYPTION_KEY, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': it comes after the output streams have been read to the end.
  const exited = new Promise<number | NodeJS.Signals | null>((done) =>
    child.on('close', (code, signal) => done(code ?? signal)),
  );
  const url = new Promise<string>((found, failed) => {
    const look = () => {
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) return found(match[1]!.replace('localhost', '127.0.0.1'));
      if (child.exitCode !== null || child.signalCode !== null) {
        return failed(new Error(`the api ended before it listened:\n${output.slice(-2_000)}`));
      }
      setTimeout(look, 50);
    };
    look();
  });
  // A process that is meant to refuse its start never listens: that is no unhandled failure.
  url.catch(() => undefined);
  return {
    child,
    output: () => output,
    url,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
