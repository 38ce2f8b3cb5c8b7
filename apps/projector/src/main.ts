import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { VIEWS } from '@outcome/read-models';
import { InvalidConfigError, loadAppConfig } from '@outcome/shared';
import { Logger } from 'nestjs-pino';
import { ProjectorModule } from './projector.module';

/**
 * `npm run start:projector`: runs the projections apart from the api (`PROJECTOR=external` on the
 * api instances). Several may run: each view is run by one of them at a time.
 */
async function main(): Promise<void> {
  const config = loadAppConfig({ env: process.env });
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app
    .get(Logger)
    .log(
      `Projector running ${VIEWS.length} views (${VIEWS.map((view) => view.name).join(', ')}) on ${config.eventStore} events and ${config.readStore} views`,
      'Projector',
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
