import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createTemporaryDirectory } from '@outcome/shared/testing';

const ROOT = resolve(__dirname, '../../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const DASHBOARD_PAGE = join(ROOT, 'dist/dashboard/index.html');

/** The built api as `npm start` runs it, on a fresh data folder with the demo dataset. */
export interface BuiltServer {
  readonly url: string;
  readonly dataDir: string;
  readonly tokens: {
    readonly admin: string;
    readonly organisation: string;
    readonly funder: string;
    readonly evaluator: string;
  };
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string, log: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Server output:\n${log()}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}

export async function startBuiltServer(): Promise<BuiltServer> {
  for (const built of [API_MAIN, DASHBOARD_PAGE]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
  }
  const folder = createTemporaryDirectory('outcome-ledger-browser-');
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: folder.path, PORT: String(port), LOG_LEVEL: 'warn', DEMO: '1' },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolveExit) => child.on('close', resolveExit));
  const url = `http://127.0.0.1:${port}`;
  const tokenFile = (holder: string) => join(folder.path, `demo-${holder}-token`);
  await waitUntil(
    async () => (await fetch(`${url}/health`)).ok && existsSync(tokenFile('evaluator')),
    90_000,
    'the built server with the demo dataset',
    () => output,
  );
  const read = (holder: string) => readFileSync(tokenFile(holder), 'utf8').trim();
  return {
    url,
    dataDir: folder.path,
    tokens: {
      admin: readFileSync(join(folder.path, 'admin-token'), 'utf8').trim(),
      organisation: read('organisation'),
      funder: read('funder'),
      evaluator: read('evaluator'),
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      folder.remove();
    },
  };
}
