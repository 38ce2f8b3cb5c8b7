import { resolve } from 'node:path';
import { type ExportScope, manifestFileOf, storeIdentityOf, writeEventExport } from '@outcome/application';
import type { Command } from 'commander';
import { type CommandAnswer, printAnswer, printFailure } from '../cli-output';
import { withStores } from '../cli-platform';
import { progressBar } from '../progress-bar';

interface ExportOptions {
  readonly project?: string;
  readonly all?: boolean;
  readonly out: string;
  readonly json?: boolean;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description("Write a project's events, or the whole store's, as pseudonymised NDJSON with a manifest beside it")
    .option('--project <id>', "the project whose events (its own and its participants') to export")
    .option('--all', 'export every event of the store')
    .requiredOption('--out <file>', 'the NDJSON file to write; the manifest goes to <file>.manifest.json')
    .option('--json', 'print the manifest as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  npm run cli -- export --project 5b0c…e1 --out project.ndjson\n  npm run cli -- export --all --out store.ndjson --json',
    )
    .action((options: ExportOptions) => exportEvents(options).catch((error: unknown) => printFailure(error, options)));
}

async function exportEvents(options: ExportOptions): Promise<void> {
  const scope = scopeOf(options);
  const file = resolve(options.out);
  const answer = await withStores(async ({ eventStore }, config): Promise<CommandAnswer> => {
    const head = (await eventStore.readHeadPosition()) ?? 0n;
    const progress = progressBar('positions');
    try {
      const manifest = await writeEventExport({
        store: eventStore,
        storeIdentity: await storeIdentityOf(config, eventStore),
        scope,
        file,
        now: new Date(),
        onProgress: (position) => progress.update(Number(position), Number(head)),
      });
      const { lineDigests: _digests, ...shown } = manifest;
      return {
        json: { file, manifestFile: manifestFileOf(file), ...shown },
        lines: [
          `Exported ${manifest.count} events (positions ${manifest.firstPosition ?? '-'} to ${manifest.lastPosition ?? '-'}) to ${file}`,
          `Manifest: ${manifestFileOf(file)} (SHA-256 ${manifest.sha256})`,
          ...Object.entries(manifest.countsByType).map(([type, count]) => `  ${type.padEnd(24)} ${count}`),
        ],
      };
    } finally {
      progress.stop();
    }
  });
  printAnswer(answer, options);
}

function scopeOf(options: ExportOptions): ExportScope {
  if (options.all && options.project) throw new Error('Give either --project <id> or --all, not both');
  if (options.all) return { all: true };
  if (options.project) return { projectId: options.project };
  throw new Error('Say what to export: --project <id> for one project, or --all for the whole store');
}
