import {
  LIVE,
  participantProfileProjection,
  type Projection,
  projectCatalogueProjection,
  ProjectionCheckpoints,
  type ReadStore,
  ViewNotReadyError,
  ViewReader,
  VIEWS,
} from '@outcome/read-models';
import type { EventStore } from '@outcome/event-store';
import type { Command } from 'commander';
import { printAnswer, printFailure } from '../cli-output';
import { withStores } from '../cli-platform';

interface StatusOptions {
  readonly json?: boolean;
  readonly stallSeconds: string;
}

/** `ok`: at the head; `catching-up`: behind and moving; `stalled`: behind and not moving; `not-built`: no build yet and not moving. */
type ViewHealth = 'ok' | 'catching-up' | 'stalled' | 'not-built';

interface ViewStatus {
  readonly view: string;
  readonly position: bigint | null;
  readonly lag: bigint;
  readonly health: ViewHealth;
}

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'Show the stores, the head position and how far each view has come; exits 1 when a view is behind and does not move (failed or stalled)',
    )
    .option('--json', 'print the status as JSON')
    .option('--stall-seconds <seconds>', 'how long a view behind the head is watched before it counts as stalled', '3')
    .addHelpText('after', '\nExample:\n  npm run cli -- status\n  npm run cli -- status --json --stall-seconds 10')
    .action((options: StatusOptions) => showStatus(options).catch((error: unknown) => printFailure(error, options)));
}

async function showStatus(options: StatusOptions): Promise<void> {
  const stallMs = Number(options.stallSeconds) * 1000;
  if (!Number.isFinite(stallMs) || stallMs < 0) throw new Error('--stall-seconds must be a number of seconds, e.g. 3');
  const answer = await withStores(async ({ eventStore, readStore }, config) => {
    const { head, views } = await viewStatuses(eventStore, readStore, stallMs);
    const counts = {
      projects: await liveRowCount(readStore, projectCatalogueProjection),
      participants: await liveRowCount(readStore, participantProfileProjection),
    };
    const troubled = views.filter((view) => view.health === 'stalled' || view.health === 'not-built');
    return {
      json: {
        eventStore: config.eventStore,
        readStore: config.readStore,
        head,
        counts,
        views,
        healthy: troubled.length === 0,
      },
      lines: [
        `events: ${config.eventStore}, head position ${head ?? 'none (empty)'}`,
        `views:  ${config.readStore}; ${counts.projects ?? '-'} projects, ${counts.participants ?? '-'} participants (enrolled, not erased)`,
        ...views.map(
          (view) =>
            `  ${view.view.padEnd(24)} at ${String(view.position ?? '-').padStart(8)}  lag ${String(view.lag).padStart(6)}  ${view.health}`,
        ),
        ...(troubled.length > 0
          ? [
              `${troubled.map((view) => view.view).join(', ')} did not move in ${options.stallSeconds} s while behind the head:`,
              'start the projector (npm start or npm run start:projector), or look at its log for the failing batch.',
            ]
          : []),
      ],
      exitCode: troubled.length > 0 ? 1 : 0,
    };
  });
  printAnswer(answer, options);
}

/** How many rows the view's live build holds (one per project, or per participant); null before its first build. */
async function liveRowCount(readStore: ReadStore, view: Projection<object>): Promise<number | null> {
  try {
    return await new ViewReader(readStore).readTogether([view], LIVE, async (snapshot) => {
      const row = await snapshot.from(view, 'v').select('COUNT(*)', 'n').getRawOne<{ n: string | number }>();
      return Number(row?.n ?? 0);
    });
  } catch (error) {
    if (error instanceof ViewNotReadyError) return null;
    throw error;
  }
}

/** Each view's position, looked at twice `stallMs` apart when it is behind, to tell catching up from stalled. */
async function viewStatuses(
  eventStore: EventStore,
  readStore: ReadStore,
  stallMs: number,
): Promise<{ head: bigint | null; views: ViewStatus[] }> {
  const checkpoints = new ProjectionCheckpoints(
    readStore,
    VIEWS.map((view) => view.name),
  );
  const head = await eventStore.readHeadPosition();
  const first = await checkpoints.livePositions();
  const behind = (position: bigint | null) => head !== null && (position === null || position < head);
  const anyBehind = [...first.values()].some(behind);
  if (anyBehind) await new Promise((resolve) => setTimeout(resolve, stallMs));
  const second = anyBehind ? await checkpoints.livePositions() : first;
  const views = VIEWS.map(({ name }): ViewStatus => {
    const position = second.get(name) ?? null;
    const lag = head === null ? 0n : head - (position ?? 0n);
    const moved = position !== (first.get(name) ?? null);
    const health: ViewHealth = !behind(position)
      ? 'ok'
      : moved
        ? 'catching-up'
        : position === null
          ? 'not-built'
          : 'stalled';
    return { view: name, position, lag: lag > 0n ? lag : 0n, health };
  });
  return { head, views };
}
