import 'reflect-metadata';
import { InvalidConfigError, loadAppConfig } from '@outcome/shared';
import { Logger } from '@nestjs/common';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadAppConfig({ env: process.env });
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  new Logger('Outcome Ledger').log(
    `Listening on ${url.replace('[::1]', 'localhost')} (events: ${config.eventStore}, views: ${config.readStore}, projector: ${config.projector}, data: ${config.dataDir})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else {
    console.error('Outcome Ledger could not start:', error);
  }
  process.exit(1);
});
