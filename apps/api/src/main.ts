import 'reflect-metadata';
import { join } from 'node:path';
import {
  type AppConfig,
  failureCodeOf,
  InvalidConfigError,
  loadAppConfig,
  UnusableSettingError,
} from '@outcome/shared';
import { type INestApplication, Logger } from '@nestjs/common';
import { ViewProgress } from '@outcome/application';
import { EventStore } from '@outcome/event-store';
import { createApiApp } from './create-api-app';
import { DEMO_TOKEN_FILE_NAMES, readDemoTokens } from './demo/demo-token-files';
import { AdminTokenBootstrap } from './identity/admin-token.bootstrap';
import { lockDataFolder } from './lifecycle/data-folder-lock';

async function main(): Promise<void> {
  const config = loadAppConfig({ env: process.env });
  lockDataFolder(config);
  const app = await createApiApp(config);
  // Apart from listen, so that a failure of the start-up work is not blamed on HOST or PORT.
  await app.init();
  await listenOn(app, config);
  await letViewsCatchUp(app, config);
  announceStart(app, config, (await app.getUrl()).replace('[::1]', 'localhost'));
}

/** How long the start waits for the views before it announces itself anyway. */
const CATCH_UP_WAIT_MS = 60_000;

/**
 * Waits (bounded) until the in-process projector has caught up with the store, so that the start
 * block comes after the views' progress lines and its figures are ready to read. The api already
 * answers meanwhile; a view route waits or answers 503 on its own.
 */
async function letViewsCatchUp(app: INestApplication, config: AppConfig): Promise<void> {
  if (config.projector !== 'in-process') return;
  const head = await app.get(EventStore).readHeadPosition();
  if (head === null) return;
  await app
    .get(ViewProgress)
    .waitForPosition(head, CATCH_UP_WAIT_MS)
    .catch(() =>
      new Logger('Outcome Ledger').warn('The views are still catching up; their routes answer 503 until then'),
    );
}

interface SignIn {
  readonly who: string;
  readonly token: string;
  readonly note: string;
}

/**
 * The start ends with what a person needs next: where it listens, the docs, and the tokens to sign
 * in with (the admin's only on the start that made it). Plain lines at a terminal; elsewhere one
 * log line, so that the log stays JSON.
 */
function announceStart(app: INestApplication, config: AppConfig, url: string): void {
  const listening = `Listening on ${url} (events: ${config.eventStore}, views: ${config.readStore}, projector: ${config.projector}, data: ${config.dataDir})`;
  const signIns = signInsOf(app, config);
  const logger = new Logger('Outcome Ledger');
  if (!process.stdout.isTTY) {
    const tokens = signIns.map(({ who, token, note }) => `${who} token ${token} (${note})`);
    logger.log([listening, `dashboard at ${url}`, `docs at ${url}/docs`, ...tokens].join('; '));
    return;
  }
  logger.log(listening);
  const width = Math.max(...signIns.map(({ who }) => who.length));
  const lines = [
    '',
    `  Outcome Ledger is running: open the dashboard at ${url}`,
    `  API docs: ${url}/docs`,
    ...(signIns.length
      ? ['', '  Sign in to the dashboard with one of these tokens (or send it as Authorization: Bearer <token>):']
      : []),
    ...signIns.map(({ who, token, note }) => `    ${who.padEnd(width)}  ${token}  (${note})`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function signInsOf(app: INestApplication, config: AppConfig): SignIn[] {
  const admin = app.get(AdminTokenBootstrap).generatedOnThisStart;
  const demo = readDemoTokens(config.dataDir) ?? {};
  return [
    ...(admin ? [{ who: 'admin', token: admin.token, note: `shown this once; kept in ${admin.file}` }] : []),
    ...(['organisation', 'funder', 'evaluator'] as const).flatMap((holder) => {
      const token = demo[holder];
      return token ? [{ who: `demo ${holder}`, token, note: join(config.dataDir, DEMO_TOKEN_FILE_NAMES[holder]) }] : [];
    }),
  ];
}

/** docs/api.md "Running": an address that cannot be bound stops the start with a message naming HOST or PORT. */
async function listenOn(app: INestApplication, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    const [variable, problem] = unusableAddress(error, config);
    throw new UnusableSettingError(variable, `Cannot listen: ${variable} ${problem}`, { cause: error });
  }
}

function unusableAddress(error: unknown, config: AppConfig): [variable: 'HOST' | 'PORT', problem: string] {
  const code = failureCodeOf(error);
  switch (code) {
    case 'EADDRINUSE':
      return ['PORT', `${config.port} is already in use on ${config.host} (${code})`];
    case 'EACCES':
      return ['PORT', `${config.port} needs privileges this process lacks, as ports below 1024 do (${code})`];
    case 'EADDRNOTAVAIL':
      return ['HOST', `${config.host} is not an address of this machine (${code})`];
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return ['HOST', `${config.host} names a host that cannot be found (${code})`];
    default:
      return ['HOST', `${config.host} with PORT ${config.port} cannot be bound: ${String(error)}`];
  }
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError || error instanceof UnusableSettingError) {
    console.error(error.message);
  } else {
    console.error('Outcome Ledger could not start:', error);
  }
  process.exit(1);
});
