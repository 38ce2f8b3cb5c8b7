import type { INestApplicationContext } from '@nestjs/common';
import { EventStore } from '@outcome/event-store';
import { ProjectionCheckpoints, ProjectionRunner, ReadStore, VIEWS } from '@outcome/read-models';

/**
 * Asks the projector that runs a view (in the api, or a projector process) to rebuild it beside
 * the live one; readers switch once the new build has caught up.
 */
export async function requestRebuild(
  app: INestApplicationContext,
  view: string,
  print: (line: string) => void,
): Promise<void> {
  const known = VIEWS.map((candidate) => candidate.name);
  if (!known.includes(view)) throw new Error(`There is no view "${view}"; the views are ${known.join(', ')}`);
  const readStore = app.get(ReadStore);
  const runner = new ProjectionRunner({
    eventStore: app.get(EventStore),
    readStore,
    projections: VIEWS,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  await runner.requestRebuild(view);
  const position = (await new ProjectionCheckpoints(readStore, [view]).livePositions()).get(view);
  print(`Rebuild of ${view} requested (live build at position ${position ?? '-'}).`);
  print('The running projector builds it beside the live one and switches readers when it has caught up;');
  print("follow it with the status command or the projector's progress log.");
}
