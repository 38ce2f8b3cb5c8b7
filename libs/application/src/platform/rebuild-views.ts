import type { EventStore } from '@outcome/event-store';
import {
  type Build,
  type Projection,
  ProjectionRunner,
  type ProjectionStatus,
  type ReadStore,
  readLiveBuilds,
} from '@outcome/read-models';

/** How often the rebuild looks at its builds. */
const POLL_MS = 200;
/** Failed attempts of one batch after which the rebuild gives up and says why. */
const ATTEMPTS_BEFORE_GIVING_UP = 3;

export interface ViewRebuildRequest {
  readonly eventStore: EventStore;
  readonly readStore: ReadStore;
  readonly views: readonly Projection[];
  /** Called as the builds move: the slowest build's position and the head it is heading for. */
  readonly onProgress?: (position: bigint, head: bigint) => void;
}

export interface RebuiltView {
  readonly view: string;
  readonly generation: number;
  readonly position: bigint | null;
}

/** A view whose rebuild keeps failing: the runner's own message, for the operator to act on. */
export class ViewRebuildFailedError extends Error {
  readonly code = 'rebuild.failed';
  constructor(status: ProjectionStatus) {
    super(
      `The rebuild of ${status.projection} failed ${status.failure?.attempts ?? 0} times: ${status.failure?.message ?? 'unknown error'}. ` +
        'Fix the cause and run the rebuild again: it resumes where the build stopped.',
    );
  }
}

/**
 * Rebuilds the views from the first event beside their live builds (blue/green, as the
 * projection runner does) and resolves once each new build is live at the head the rebuild
 * started from. A build a killed rebuild left under way is resumed from its checkpoint, not
 * started again; where another process runs a view, this one waits for that runner to build it.
 * @throws ViewRebuildFailedError when a view's batch fails again and again.
 */
export async function rebuildViews(request: ViewRebuildRequest): Promise<RebuiltView[]> {
  const names = request.views.map((view) => view.name);
  const head = (await request.eventStore.readHeadPosition()) ?? 0n;
  const before = await liveBuilds(request.readStore, names);
  const runner = new ProjectionRunner({
    eventStore: request.eventStore,
    readStore: request.readStore,
    projections: request.views,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    standbyPollMs: POLL_MS,
  });
  for (const name of names) await runner.requestRebuild(name);
  runner.start();
  try {
    for (;;) {
      const live = await liveBuilds(request.readStore, names);
      const rebuilt = names.every((name) => isRebuilt(before.get(name) ?? null, live.get(name) ?? null, head));
      if (rebuilt) {
        request.onProgress?.(head, head);
        return names.map((view) => ({
          view,
          generation: live.get(view)!.generation,
          position: live.get(view)!.checkpoint,
        }));
      }
      const statuses = runner.status();
      const failed = statuses.find((status) => (status.failure?.attempts ?? 0) >= ATTEMPTS_BEFORE_GIVING_UP);
      if (failed) throw new ViewRebuildFailedError(failed);
      request.onProgress?.(slowestBuild(statuses, live), head);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await runner.stop();
  }
}

function liveBuilds(readStore: ReadStore, names: readonly string[]): Promise<Map<string, Build | null>> {
  return readStore.read((runner) => readLiveBuilds(runner, names));
}

/** A later generation than before the request is live, and has reached the head. */
function isRebuilt(before: Build | null, now: Build | null, head: bigint): boolean {
  if (now === null || (before !== null && now.generation <= before.generation)) return false;
  return head === 0n || (now.checkpoint !== null && now.checkpoint >= head);
}

function slowestBuild(statuses: readonly ProjectionStatus[], live: ReadonlyMap<string, Build | null>): bigint {
  const positions = statuses.map(
    (status) => status.building?.position ?? live.get(status.projection)?.checkpoint ?? 0n,
  );
  return positions.reduce((lowest, position) => (position < lowest ? position : lowest), positions[0] ?? 0n);
}
