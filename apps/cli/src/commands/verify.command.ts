import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type OutcomeVerification, parsePublishedOutcome, verifyOutcome } from '@outcome/application';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { withStores } from '../cli-platform';
import { progressBar } from '../progress-bar';

interface VerifyOptions {
  readonly now?: boolean;
  readonly json?: boolean;
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .argument('<outcome.json>', 'a saved Outcome: the answer of GET /api/projects/{id}/outcomes, as it came')
    .description(
      'Recompute a published Outcome from the events at its position and say whether it matches; each differing field is put down to a later erasure or to altered history (exit 0 only on a match)',
    )
    .option(
      '--now',
      'compare with the events as they are now instead (later corrections, retractions, erasures and records named)',
    )
    .option('--json', 'print {match, differences: [{field, published, recomputed, cause}]} as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  curl -s -H "Authorization: Bearer $TOKEN" localhost:3000/api/projects/$PROJECT/outcomes > outcome.json\n  npm run cli -- verify outcome.json --json',
    )
    .action((file: string, options: VerifyOptions) =>
      verify(resolve(file), options).catch((error: unknown) => printFailure(error, options)),
    );
}

async function verify(file: string, options: VerifyOptions): Promise<void> {
  const published = parsePublishedOutcome(await readFile(file, 'utf8'), file);
  const verification = await withStores(async ({ eventStore, readStore }, config) => {
    const progress = progressBar('positions');
    try {
      return await verifyOutcome({
        published,
        eventStore,
        liveReadStore: readStore,
        suppressionMinCell: config.suppressionMinCell,
        againstNow: options.now,
        onProgress: (position, head) => progress.update(Number(position), Number(head)),
      });
    } finally {
      progress.stop();
    }
  });
  printAnswer(
    {
      json: verification.match
        ? { match: true, laterChanges: verification.laterChanges }
        : {
            match: false,
            differences: verification.differences,
            laterChanges: verification.laterChanges,
            alteredEvents: verification.alteredEvents,
          },
      lines: linesOf(verification, published.position),
      exitCode: verification.match ? 0 : 1,
    },
    options,
  );
}

function linesOf(verification: OutcomeVerification, position: string | null): string[] {
  const later = verification.laterChanges.map((change) => `  ${change.type} at position ${change.position}`);
  if (verification.match) {
    return [
      `match: the events give this Outcome at position ${position ?? '-'}.`,
      ...(later.length > 0 ? ['Recorded since (they do not change the figure at its position):', ...later] : []),
    ];
  }
  return [
    `NO MATCH: ${verification.differences.length} field(s) differ from what the events give at position ${position ?? '-'}.`,
    ...verification.differences.map(
      (difference) =>
        `  ${difference.field}: published ${JSON.stringify(difference.published)}, recomputed ${JSON.stringify(difference.recomputed)} — ${causeText(difference.cause)}`,
    ),
    ...verification.alteredEvents.map(
      (event) =>
        `  altered: ${event.type ?? 'a missing event'} at position ${event.position ?? '?'} in ${event.stream} no longer gives the rows built from it`,
    ),
  ];
}

function causeText(cause: { readonly type: string; readonly position: string | null }): string {
  if (cause.type === 'altered-history')
    return cause.position ? `altered history (the event at position ${cause.position})` : 'altered history';
  return `${cause.type} at position ${cause.position}`;
}
