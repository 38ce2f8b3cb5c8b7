import { rebuildViews } from '@outcome/application';
import { type Projection, VIEWS } from '@outcome/read-models';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { withStores } from '../cli-platform';
import { progressBar } from '../progress-bar';

interface RebuildOptions {
  readonly all?: boolean;
  readonly json?: boolean;
}

export function registerRebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .argument('[view]', `the view to rebuild: ${VIEWS.map((view) => view.name).join(', ')}`)
    .option('--all', 'rebuild every view')
    .option('--json', 'print the rebuilt views as JSON')
    .description(
      'Rebuild views from the first event beside the live ones; readers switch once a build has caught up. A rebuild killed halfway resumes where it stopped when run again',
    )
    .addHelpText('after', '\nExample:\n  npm run cli -- rebuild scale_scores\n  npm run cli -- rebuild --all --json')
    .action((view: string | undefined, options: RebuildOptions) =>
      rebuild(view, options).catch((error: unknown) => printFailure(error, options)),
    );
}

async function rebuild(view: string | undefined, options: RebuildOptions): Promise<void> {
  const views = viewsToRebuild(view, options);
  const answer = await withStores(async ({ eventStore, readStore }) => {
    const progress = progressBar('positions');
    const started = Date.now();
    try {
      const rebuilt = await rebuildViews({
        eventStore,
        readStore,
        views,
        onProgress: (position, head) => progress.update(Number(position), Number(head)),
      });
      const seconds = (Date.now() - started) / 1000;
      return {
        json: { views: rebuilt, seconds },
        lines: [
          `Rebuilt ${rebuilt.length} view${rebuilt.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s:`,
          ...rebuilt.map(
            (built) =>
              `  ${built.view.padEnd(24)} generation ${built.generation}, live at position ${built.position ?? '-'}`,
          ),
        ],
      };
    } finally {
      progress.stop();
    }
  });
  printAnswer(answer, options);
}

function viewsToRebuild(view: string | undefined, options: RebuildOptions): readonly Projection[] {
  if (options.all && view) throw new Error('Give either a view or --all, not both');
  if (options.all) return VIEWS;
  const known = VIEWS.map((candidate) => candidate.name);
  if (!view) throw new Error(`Name the view to rebuild (${known.join(', ')}) or give --all`);
  const found = VIEWS.find((candidate) => candidate.name === view);
  if (!found) throw new Error(`There is no view "${view}"; the views are ${known.join(', ')}`);
  return [found];
}
