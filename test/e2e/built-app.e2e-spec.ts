import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';

const ROOT = resolve(__dirname, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const PROJECTOR_MAIN = join(ROOT, 'dist/apps/projector/main.js');

interface Running {
  readonly child: ChildProcess;
  output: string;
  /** The exit code, or the signal that ended the process (Nest re-raises SIGTERM after its shutdown hooks). */
  readonly exited: Promise<number | NodeJS.Signals | null>;
}

function run(main: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [main], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  const running: Running = {
    child,
    output: '',
    // 'close', not 'exit': it comes after the output streams have been read to the end.
    exited: new Promise((resolveExit) => child.on('close', (code, signal) => resolveExit(code ?? signal))),
  };
  child.stdout?.on('data', (chunk: Buffer) => (running.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (running.output += chunk.toString()));
  return running;
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

describe('the built apps (npm run build, then node dist/…)', () => {
  let folder: TemporaryDirectory;
  beforeAll(() => {
    if (!existsSync(API_MAIN) || !existsSync(PROJECTOR_MAIN)) {
      throw new Error('dist/apps is missing: run `npm run build` first (npm test does)');
    }
  });
  beforeEach(() => (folder = createTemporaryDirectory()));
  afterEach(() => folder.remove());

  it('starts on a free port, makes and keeps an admin token, answers, and stops on SIGTERM', async () => {
    const api = run(API_MAIN, { PORT: '0', DATA_DIR: folder.path, DEMO: '0' });
    try {
      const url = await waitFor(() => /Listening on (http:\/\/\S+)/.exec(api.output)?.[1], 30_000, 'the api to listen');
      const token = readFileSync(join(folder.path, 'admin-token'), 'utf8').trim();
      expect(api.output).toContain(token);

      expect((await fetch(`${url}/health`)).status).toBe(200);
      const created = await fetch(`${url}/api/organisations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Buurtwerk Noord' }),
      });
      expect(created.status).toBe(201);
    } finally {
      api.child.kill('SIGTERM');
    }
    expect(await api.exited).toBe('SIGTERM');
    expect(api.output).toContain('Stores closed after SIGTERM: stopped cleanly');
  }, 60_000);

  it('refuses to start with a bad setting, naming it', async () => {
    const api = run(API_MAIN, { PORT: 'eighty', DATA_DIR: folder.path });

    expect(await api.exited).toBe(1);
    expect(api.output).toContain('PORT must be a whole number (got "eighty")');
  }, 30_000);

  it('runs the projector apart and stops it on SIGTERM', async () => {
    const projector = run(PROJECTOR_MAIN, { DATA_DIR: folder.path, PROJECTOR: 'external' });
    try {
      await waitFor(() => (projector.output.includes('Projector running') ? true : undefined), 30_000, 'the projector');
    } finally {
      projector.child.kill('SIGTERM');
    }
    expect(await projector.exited).toBe('SIGTERM');
    expect(projector.output).toContain('Stores closed after SIGTERM: stopped cleanly');
  }, 60_000);
});
