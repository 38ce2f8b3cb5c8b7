import { resolve } from 'node:path';
import { rotateKeyEncryptionKey } from '@outcome/application';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { cliConfig } from '../cli-platform';
import { runningApiOf } from '../running-api';
import { progressBar } from '../progress-bar';

interface RotateOptions {
  readonly newKeyFile: string;
  readonly json?: boolean;
}

export function registerKeysCommand(program: Command): void {
  const keys = program
    .command('keys')
    .description("The key-encryption key that wraps the participants' personal-data keys (SECURITY.md)")
    .addHelpText('after', '\nExample:\n  npm run cli -- keys rotate --new-key-file /etc/outcome-ledger/kek-2027.key');
  keys
    .command('rotate')
    .description(
      'Rewrap every participant key from the current key-encryption key (read as the server reads it: KEY_ENCRYPTION_KEY, KEY_ENCRYPTION_KEY_FILE or the one made in the configuration folder) to a new one, in one transaction. Stop every api and projector of these stores first; afterwards point KEY_ENCRYPTION_KEY_FILE at the new file',
    )
    .requiredOption(
      '--new-key-file <file>',
      'the new key (32 bytes in base64 or hex); when the file does not exist, a new key is made and kept there (mode 0600)',
    )
    .option('--json', 'print {rewrapped, newKeyFile, made} as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  KEY_ENCRYPTION_KEY_FILE=/etc/outcome-ledger/kek.key npm run cli -- keys rotate --new-key-file /etc/outcome-ledger/kek-2027.key\n  then start the api with KEY_ENCRYPTION_KEY_FILE=/etc/outcome-ledger/kek-2027.key',
    )
    .action((options: RotateOptions) => rotate(options).catch((error: unknown) => printFailure(error, options)));
}

async function rotate(options: RotateOptions): Promise<void> {
  const newKeyFile = resolve(options.newKeyFile);
  const config = cliConfig();
  // A running api holds the keys as the old key unwraps them: it would seal new data with wrong keys.
  const api = runningApiOf(config.dataDir);
  if (api !== undefined) {
    throw new Error(`An api (process ${api}) runs on ${config.dataDir}: stop it, and every projector, before rotating`);
  }
  const progress = progressBar('keys');
  const rotation = await rotateKeyEncryptionKey(config, newKeyFile, (done, total) =>
    progress.update(done, total),
  ).finally(() => progress.stop());
  printAnswer(
    {
      json: { rewrapped: rotation.rewrapped, newKeyFile, made: rotation.made },
      lines: [
        rotation.already
          ? `The participant keys were wrapped by the key in ${newKeyFile} already: nothing to rewrap.`
          : `Rewrapped ${rotation.rewrapped} participant keys with the key-encryption key in ${newKeyFile}${rotation.made ? ' (made now)' : ''}.`,
        `Next: set KEY_ENCRYPTION_KEY_FILE=${newKeyFile} (and unset KEY_ENCRYPTION_KEY) for every api, projector and cli of these stores, then start them; the old key opens nothing any more.`,
        `Back up ${newKeyFile} apart from the data: without it no participant's personal data can be read.`,
      ],
    },
    options,
  );
}
