import 'reflect-metadata';
import { InvalidConfigError, loadAppConfig } from '@outcome/shared';
import { Logger } from '@nestjs/common';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadAppConfig({ env: process.env, files: ['.env', process.env.CONFIG_FILE].filter(isText) });
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  new Logger('Outcome Ledger').log(
    `Listening on ${url.replace('[::1]', 'localhost')} (events: ${config.eventStore}, views: ${config.readStore}, projector: ${config.projector}, data: ${config.dataDir})`,
  );
}

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value.length > 0;
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else {
    console.error('Outcome Ledger could not start:', error);
  }
  process.exit(1);
});
