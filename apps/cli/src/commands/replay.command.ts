import { resolve } from 'node:path';
import { checkEventExport, replayEventExport } from '@outcome/application';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { withStores } from '../cli-platform';
import { progressBar } from '../progress-bar';

interface ReplayOptions {
  readonly json?: boolean;
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .argument('<file>', 'an export written by the export command, with its manifest beside it')
    .description(
      'Check an export against its manifest, then append its events into the configured event store, which must be empty; run rebuild --all afterwards',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  EVENT_STORE=postgres DATABASE_URL=postgres://postgres@127.0.0.1/copy npm run cli -- replay project.ndjson\n  EVENT_STORE=postgres DATABASE_URL=postgres://postgres@127.0.0.1/copy npm run cli -- rebuild --all',
    )
    .action((file: string, options: ReplayOptions) =>
      replay(resolve(file), options).catch((error: unknown) => printFailure(error, options)),
    );
}

async function replay(file: string, options: ReplayOptions): Promise<void> {
  const manifest = await checkEventExport(file);
  let stampAt = new Date();
  const answer = await withStores(
    async ({ eventStore, keyStore }) => {
      const progress = progressBar('events');
      try {
        const result = await replayEventExport({
          store: eventStore,
          keys: keyStore,
          file,
          stampNextAppendAt: (instant) => (stampAt = instant),
          onProgress: (events) => progress.update(events, manifest.count),
        });
        return {
          json: {
            file,
            events: result.events,
            headPosition: result.headPosition,
            source: {
              store: manifest.store,
              firstPosition: manifest.firstPosition,
              lastPosition: manifest.lastPosition,
            },
          },
          lines: [
            `Replayed ${result.events} events from ${file} (checked against its manifest); the store's head is now ${result.headPosition ?? '-'}.`,
            'Build the views of this copy with: npm run cli -- rebuild --all',
          ],
        };
      } finally {
        progress.stop();
      }
    },
    { now: () => stampAt },
  );
  printAnswer(answer, options);
}
