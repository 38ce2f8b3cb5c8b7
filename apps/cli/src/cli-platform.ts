import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { openPlatformStores, type PlatformStoreOptions, type PlatformStores } from '@outcome/application';
import { type AppConfig, loadAppConfig } from '@outcome/shared';
import { CliModule } from './cli.module';
import { StderrLogger } from './stderr-logger';

/** The settings, read as the server reads them (environment, .env, CONFIG_FILE). */
export function cliConfig(): AppConfig {
  return loadAppConfig({ env: process.env });
}

/** Runs work over the configured stores alone, and closes them. */
export async function withStores<T>(
  work: (stores: PlatformStores, config: AppConfig) => Promise<T>,
  options: PlatformStoreOptions = {},
): Promise<T> {
  const config = cliConfig();
  const stores = await openPlatformStores(config, options);
  try {
    return await work(stores, config);
  } finally {
    await stores.close();
  }
}

/** Runs work with the platform's handlers (commands, queries), without running projections. */
export async function withPlatform<T>(
  work: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = cliConfig();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: new StderrLogger('cli', { logLevels: ['error', 'warn'] }),
  });
  try {
    return await work(app, config);
  } finally {
    await app.close();
  }
}
