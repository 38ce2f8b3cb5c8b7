import { DemoDataset } from '@outcome/application';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { withPlatform } from '../cli-platform';

interface DemoOptions {
  readonly json?: boolean;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the fictitious demo dataset (one organisation, twelve projects) into the configured event store, which must be empty; then rebuild --all',
    )
    .option('--json', 'print what was loaded, with the demo tokens, as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  DATA_DIR=/tmp/demo npm run cli -- demo && DATA_DIR=/tmp/demo npm run cli -- rebuild --all',
    )
    .action((options: DemoOptions) => loadDemo(options).catch((error: unknown) => printFailure(error, options)));
}

async function loadDemo(options: DemoOptions): Promise<void> {
  const answer = await withPlatform(async (app) => {
    const loaded = await app.get(DemoDataset).loadIntoEmptyStore();
    if (!loaded) {
      throw new Error(
        'The configured event store already holds events: the demo loads only into an empty store (see the reset command).',
      );
    }
    return {
      json: loaded,
      lines: [
        `Loaded the demo: ${loaded.projects} projects, ${loaded.participants} participants, ${loaded.events} events (organisation ${loaded.organisationId}).`,
        `Tokens: organisation ${loaded.tokens.organisation}`,
        `        funder       ${loaded.tokens.funder}`,
        `        evaluator    ${loaded.tokens.evaluator}`,
        'Build its views with: npm run cli -- rebuild --all',
      ],
    };
  });
  printAnswer(answer, options);
}
