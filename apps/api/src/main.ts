import 'reflect-metadata';
import {
  type AppConfig,
  failureCodeOf,
  InvalidConfigError,
  loadAppConfig,
  UnusableSettingError,
} from '@outcome/shared';
import { type INestApplication, Logger } from '@nestjs/common';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadAppConfig({ env: process.env });
  const app = await createApiApp(config);
  // Apart from listen, so that a failure of the start-up work is not blamed on HOST or PORT.
  await app.init();
  await listenOn(app, config);
  const url = await app.getUrl();
  new Logger('Outcome Ledger').log(
    `Listening on ${url.replace('[::1]', 'localhost')} (events: ${config.eventStore}, views: ${config.readStore}, projector: ${config.projector}, data: ${config.dataDir})`,
  );
}

/** API.md "Running": an address that cannot be bound stops the start with a message naming HOST or PORT. */
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
