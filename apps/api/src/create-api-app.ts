import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@outcome/shared';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { setUpApiDocs } from './docs/set-up-api-docs';
import { serveDashboardAssets } from './home/serve-dashboard-assets';
import { createApiValidationPipe } from './http/api-validation.pipe';
import { answerBodyParserErrors } from './http/body-parser-errors';
import { refuseHostileBodies } from './http/hostile-bodies/refuse-hostile-bodies';
import { securityHeaders } from './http/security-headers';

/** Largest JSON body accepted; a spreadsheet import goes through the cli, not one request. */
export const BODY_LIMIT = '1mb';

/** The api application, configured but not listening: main.ts and the e2e tests both start it. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(securityHeaders());
  // Not strict: a bare JSON value is parsed, so that the validation pipe refuses it in the same words as a list.
  // Not inflated: a compressed body answers 415, so that no decoder runs on what a client sends.
  app.useBodyParser('json', { limit: BODY_LIMIT, strict: false, inflate: false });
  app.use(answerBodyParserErrors);
  app.use(refuseHostileBodies);
  app.set('trust proxy', 'loopback');
  app.useGlobalPipes(createApiValidationPipe());
  app.enableShutdownHooks();
  setUpApiDocs(app);
  serveDashboardAssets(app);
  return app;
}
