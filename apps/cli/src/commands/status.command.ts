import type { INestApplicationContext } from '@nestjs/common';
import { VIEWS } from '@outcome/application';
import { EventStore } from '@outcome/event-store';
import { ProjectionCheckpoints, ReadStore } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';

/** Where the stores are, how many events they hold, and how far each view has come. */
export async function showStatus(app: INestApplicationContext, print: (line: string) => void): Promise<void> {
  const config = app.get(AppConfig);
  const head = await app.get(EventStore).readHeadPosition();
  const checkpoints = new ProjectionCheckpoints(
    app.get(ReadStore),
    VIEWS.map((view) => view.name),
  );
  print(`events: ${config.eventStore}, head position ${head ?? 'none (empty)'}`);
  print(`views:  ${config.readStore}`);
  for (const [view, position] of await checkpoints.livePositions()) {
    const lag = head === null ? 0n : head - (position ?? 0n);
    const state = position === null && head !== null ? 'not built yet' : lag === 0n ? 'up to date' : `${lag} behind`;
    print(`  ${view.padEnd(24)} at ${String(position ?? '-').padStart(8)}  ${state}`);
  }
}
