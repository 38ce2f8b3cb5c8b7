import { openPlatformStores, readStoreOptionsOf, rebuildViews } from '@outcome/application';
import {
  pendingReadStoreMigrations,
  readLiveBuilds,
  type ReadStore,
  VIEWS,
  type Projection,
} from '@outcome/read-models';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { cliConfig } from '../cli-platform';
import { progressBar } from '../progress-bar';

interface MigrateOptions {
  readonly dryRun?: boolean;
  readonly json?: boolean;
}

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      "Bring the views' database up to date: run its pending schema migrations, then rebuild the views whose projection changed version since they were built",
    )
    .option('--dry-run', 'only say what would be migrated and rebuilt; change nothing')
    .option('--json', 'print {migrations, views} as JSON')
    .addHelpText('after', '\nExample:\n  npm run cli -- migrate --dry-run\n  npm run cli -- migrate')
    .action((options: MigrateOptions) => migrate(options).catch((error: unknown) => printFailure(error, options)));
}

async function migrate(options: MigrateOptions): Promise<void> {
  const config = cliConfig();
  const migrations = await pendingReadStoreMigrations(readStoreOptionsOf(config));
  if (options.dryRun && migrations.length > 0) {
    printAnswer(
      {
        json: { dryRun: true, migrations, views: null },
        lines: [
          `${migrations.length} migration(s) to run: ${migrations.join(', ')}`,
          'Which views need a rebuild shows once they have run (npm run cli -- migrate).',
        ],
      },
      options,
    );
    return;
  }
  const stores = await openPlatformStores(config);
  try {
    const outdated = await outdatedViews(stores.readStore);
    const names = outdated.map((view) => view.name);
    if (!options.dryRun && outdated.length > 0) {
      const progress = progressBar('positions');
      try {
        await rebuildViews({
          eventStore: stores.eventStore,
          readStore: stores.readStore,
          views: outdated,
          onProgress: (position, head) => progress.update(Number(position), Number(head)),
        });
      } finally {
        progress.stop();
      }
    }
    const verb = options.dryRun ? 'to' : 'done:';
    printAnswer(
      {
        json: { dryRun: options.dryRun === true, migrations, views: names },
        lines: [
          migrations.length === 0 ? 'No schema migration to run.' : `Migrations ${verb} ${migrations.join(', ')}`,
          names.length === 0
            ? 'Every view is built by its current projection.'
            : `Views ${options.dryRun ? 'to rebuild' : 'rebuilt'}: ${names.join(', ')}`,
        ],
      },
      options,
    );
  } finally {
    await stores.close();
  }
}

/** Views never built, or built by another version of their projection than this code's. */
async function outdatedViews(readStore: ReadStore): Promise<Projection[]> {
  const live = await readStore.read((runner) =>
    readLiveBuilds(
      runner,
      VIEWS.map((view) => view.name),
    ),
  );
  return VIEWS.filter((view) => live.get(view.name)?.version !== view.version);
}
