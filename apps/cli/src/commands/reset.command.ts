import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { READ_STORE_FILE_NAME } from '@outcome/application';
import { SQLITE_EVENT_FILE_NAME } from '@outcome/event-store';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { cliConfig } from '../cli-platform';
import { runningApiOf } from '../running-api';

interface ResetOptions {
  readonly yes?: boolean;
  readonly json?: boolean;
}

/** The files of the embedded stores and the tokens kept beside them; other files in the folder stay. */
const STORE_FILES = [SQLITE_EVENT_FILE_NAME, 'subject-keys.sqlite', READ_STORE_FILE_NAME];
const TOKEN_FILE = /^(admin-token|demo-[a-z]+-token)$/;

export function registerResetCommand(program: Command): void {
  program
    .command('reset')
    .description(
      'Empty the embedded data folder: delete its events, personal-data keys, views and token files (other files stay). Refuses while an api runs on the folder. Asks for confirmation unless --yes',
    )
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print the deleted files as JSON')
    .addHelpText('after', '\nExample:\n  DATA_DIR=/tmp/evaluation npm run cli -- reset --yes')
    .action((options: ResetOptions) => reset(options).catch((error: unknown) => printFailure(error, options)));
}

async function reset(options: ResetOptions): Promise<void> {
  const config = cliConfig();
  if (config.eventStore !== 'sqlite' || config.readStore !== 'sqlite') {
    throw new Error(
      'reset empties the embedded data folder only (EVENT_STORE=sqlite, READ_STORE=sqlite); drop or recreate the PostgreSQL database or KurrentDB yourself',
    );
  }
  const api = runningApiOf(config.dataDir);
  if (api !== undefined) {
    throw new Error(`An api (process ${api}) runs on ${config.dataDir}: stop it before resetting its data folder`);
  }
  const files = existsSync(config.dataDir)
    ? readdirSync(config.dataDir).filter(
        (file) => STORE_FILES.some((store) => file === store || file.startsWith(`${store}-`)) || TOKEN_FILE.test(file),
      )
    : [];
  if (files.length === 0) {
    printAnswer({ json: { deleted: [] }, lines: [`${config.dataDir} holds no store: nothing to reset.`] }, options);
    return;
  }
  if (!options.yes && !(await confirmed(config.dataDir, files))) {
    throw new Error('Nothing deleted: the reset was not confirmed (answer "yes", or pass --yes)');
  }
  for (const file of files) rmSync(join(config.dataDir, file), { force: true });
  printAnswer({ json: { deleted: files }, lines: [`Deleted ${files.join(', ')} from ${config.dataDir}.`] }, options);
}

/** Asks on stderr and reads the answer from stdin (a terminal or a pipe). */
async function confirmed(dataDir: string, files: readonly string[]): Promise<boolean> {
  process.stderr.write(
    `This deletes every event, personal-data key and view in ${dataDir} (${files.join(', ')}). It cannot be undone.\nType "yes" to go on: `,
  );
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.trim().toLowerCase() === 'yes';
  }
  return false;
}
