import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Command } from 'commander';
import { registerDemoCommand } from './commands/demo.command';
import { registerExportCommand } from './commands/export.command';
import { registerImportCommand } from './commands/import.command';
import { registerKeysCommand } from './commands/keys.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerRebuildCommand } from './commands/rebuild.command';
import { registerReplayCommand } from './commands/replay.command';
import { registerResetCommand } from './commands/reset.command';
import { registerStatusCommand } from './commands/status.command';
import { registerVerifyCommand } from './commands/verify.command';
import { StderrLogger } from './stderr-logger';

Logger.overrideLogger(new StderrLogger('cli', { logLevels: ['error', 'warn'] }));

const program = new Command()
  .name('outcome-ledger')
  .description(
    'Evaluator and operator commands. Reads the same settings as the api (environment, .env, CONFIG_FILE): DATA_DIR, EVENT_STORE, READ_STORE, DATABASE_URL, KURRENTDB_URL.',
  )
  .showHelpAfterError('(add --help for the options and an example)')
  .addHelpText(
    'after',
    '\nExample:\n  npm run cli -- status\n  npm run cli -- export --project <id> --out project.ndjson\n  npm run cli -- <command> --help',
  );

registerImportCommand(program);
registerExportCommand(program);
registerReplayCommand(program);
registerRebuildCommand(program);
registerVerifyCommand(program);
registerStatusCommand(program);
registerDemoCommand(program);
registerResetCommand(program);
registerMigrateCommand(program);
registerKeysCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
