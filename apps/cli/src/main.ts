import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidConfigError, loadAppConfig } from '@outcome/shared';
import { Command } from 'commander';
import { CliModule } from './cli.module';
import { requestRebuild } from './commands/rebuild.command';
import { showStatus } from './commands/status.command';

const print = (line: string) => console.log(line);

async function withPlatform(
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<void>,
) {
  const config = loadAppConfig({ env: process.env });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await work(app);
  } finally {
    await app.close();
  }
}

const program = new Command()
  .name('outcome-ledger')
  .description('Operator and evaluator commands. Reads the same settings as the api (environment, .env, CONFIG_FILE).');

program
  .command('status')
  .description('Show the stores, the event count and how far each view has come')
  .action(() => withPlatform((app) => showStatus(app, print)));

program
  .command('rebuild')
  .argument('<view>', 'the view to rebuild, e.g. participant_summary')
  .description('Rebuild a view beside the live one; readers switch once it has caught up')
  .action((view: string) => withPlatform((app) => requestRebuild(app, view, print)));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof InvalidConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
