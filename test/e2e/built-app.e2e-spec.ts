import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
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

/** A line of a stack trace, which a refused start must not print. */
const STACK_FRAME = /\n\s+at \S/;

function listening(): Promise<Server> {
  const server = createServer();
  return new Promise((resolveListening) => server.listen(0, '127.0.0.1', () => resolveListening(server)));
}

function portOf(server: Server): number {
  return (server.address() as { port: number }).port;
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = await listening();
  const port = portOf(server);
  await new Promise((closed) => server.close(closed));
  return port;
}

const CONFIGURED_ADMIN_TOKEN = 'configured-admin-token-0123456789abcdef';

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

function post(url: string, token: string, body: object): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A new organisation's token, issued with the configured admin token. */
async function organisationToken(url: string): Promise<string> {
  const registered = await post(`${url}/api/organisations`, CONFIGURED_ADMIN_TOKEN, { name: 'Buurtwerk Noord' });
  const { id } = (await registered.json()) as { id: string };
  const issued = await post(`${url}/api/tokens`, CONFIGURED_ADMIN_TOKEN, { role: 'organisation', organisationId: id });
  return ((await issued.json()) as { token: string }).token;
}

function listeningUrl(api: Running): Promise<string> {
  return waitFor(() => /Listening on (http:\/\/\S+)/.exec(api.output)?.[1], 30_000, 'the api to listen');
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
      const url = await listeningUrl(api);
      const token = readFileSync(join(folder.path, 'admin-token'), 'utf8').trim();
      expect(api.output).toContain(token);

      expect((await fetch(`${url}/health`)).status).toBe(200);
      const created = await post(`${url}/api/organisations`, token, { name: 'Buurtwerk Noord' });
      expect(created.status).toBe(201);
    } finally {
      api.child.kill('SIGTERM');
    }
    expect(await api.exited).toBe('SIGTERM');
    expect(api.output).toContain('Stores closed after SIGTERM: stopped cleanly');
  }, 60_000);

  it('lets a request in flight finish with a whole answer on SIGTERM, then stops cleanly', async () => {
    // PROJECTOR=external: the waiting read polls the checkpoints in the views' store, which must stay open until it answers.
    const api = run(API_MAIN, {
      PORT: '0',
      DATA_DIR: folder.path,
      DEMO: '0',
      ADMIN_TOKEN: CONFIGURED_ADMIN_TOKEN,
      PROJECTOR: 'external',
    });
    let answer: Promise<Response>;
    try {
      const url = await listeningUrl(api);
      const token = await organisationToken(url);
      // A position far ahead: the read waits its full 10 s for the views, then answers 503.
      answer = fetch(`${url}/api/projects?consistentWith=999999999`, { headers: { authorization: `Bearer ${token}` } });
      await sleep(500); // for the request to reach the server and start waiting
    } finally {
      api.child.kill('SIGTERM');
    }

    const response = await answer;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await response.json()).toMatchObject({ statusCode: 503 });
    expect(await api.exited).toBe('SIGTERM');
    expect(api.output).toContain('Stores closed after SIGTERM: stopped cleanly');
  }, 60_000);

  it('revokes the admin token it made, and deletes its file, once ADMIN_TOKEN is set', async () => {
    const tokenFile = join(folder.path, 'admin-token');
    const firstStart = run(API_MAIN, { PORT: '0', DATA_DIR: folder.path, DEMO: '0' });
    await listeningUrl(firstStart).finally(() => firstStart.child.kill('SIGTERM'));
    await firstStart.exited;
    const generated = readFileSync(tokenFile, 'utf8').trim();

    const api = run(API_MAIN, { PORT: '0', DATA_DIR: folder.path, DEMO: '0', ADMIN_TOKEN: CONFIGURED_ADMIN_TOKEN });
    try {
      const url = await listeningUrl(api);
      const asAdmin = (token: string) => post(`${url}/api/organisations`, token, { name: 'Buurtwerk Noord' });

      expect((await asAdmin(generated)).status).toBe(401);
      expect((await asAdmin(CONFIGURED_ADMIN_TOKEN)).status).toBe(201);
      expect(existsSync(tokenFile)).toBe(false);
      expect(api.output).toContain(`the admin token made on first start is revoked and ${tokenFile} deleted`);
    } finally {
      api.child.kill('SIGTERM');
    }
    await api.exited;
  }, 60_000);

  it('refuses to start with a bad setting, naming it', async () => {
    const api = run(API_MAIN, { PORT: 'eighty', DATA_DIR: folder.path });

    expect(await api.exited).toBe(1);
    expect(api.output).toContain('PORT must be a whole number (got "eighty")');
  }, 30_000);

  describe('refuses to start with one line naming the setting that does not work', () => {
    async function expectRefusal(env: Record<string, string>, message: string): Promise<string> {
      const api = run(API_MAIN, { DATA_DIR: folder.path, DEMO: '0', ...env });

      expect(await api.exited).toBe(1);
      expect(api.output).toContain(message);
      expect(api.output).not.toMatch(STACK_FRAME);
      return api.output;
    }

    it('when DATABASE_URL refuses the connection, its password masked', async () => {
      const port = await closedPort();
      const output = await expectRefusal(
        {
          EVENT_STORE: 'postgres',
          READ_STORE: 'postgres',
          DATABASE_URL: `postgres://postgres:s3cret@127.0.0.1:${port}/outcome`,
        },
        `Cannot open the event store: DATABASE_URL postgres://postgres:***@127.0.0.1:${port}/outcome refused the connection (ECONNREFUSED)`,
      );
      expect(output).not.toContain('s3cret');
    }, 30_000);

    it('when KURRENTDB_URL cannot be reached, its password masked', async () => {
      const port = await closedPort();
      const output = await expectRefusal(
        { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: `kurrentdb://admin:changeit@127.0.0.1:${port}?tls=false` },
        `Cannot open the event store: KURRENTDB_URL kurrentdb://admin:***@127.0.0.1:${port}?tls=false`,
      );
      expect(output).not.toContain('changeit');
    }, 30_000);

    it('when DATA_DIR is a file', async () => {
      const file = join(folder.path, 'not-a-folder');
      writeFileSync(file, '');

      await expectRefusal(
        { DATA_DIR: file },
        `Cannot open the event store: DATA_DIR ${file} is a file, not a folder (EEXIST)`,
      );
    }, 30_000);

    it('when PORT is taken', async () => {
      const taken = await listening();
      try {
        await expectRefusal(
          { PORT: String(portOf(taken)) },
          `Cannot listen: PORT ${portOf(taken)} is already in use on 127.0.0.1 (EADDRINUSE)`,
        );
      } finally {
        taken.close();
      }
    }, 30_000);

    it('when HOST is not an address of this machine', async () => {
      // 192.0.2.0/24 is reserved for documentation (RFC 5737): no machine has it.
      await expectRefusal(
        { HOST: '192.0.2.1', PORT: '0' },
        'Cannot listen: HOST 192.0.2.1 is not an address of this machine (EADDRNOTAVAIL)',
      );
    }, 30_000);
  });

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
