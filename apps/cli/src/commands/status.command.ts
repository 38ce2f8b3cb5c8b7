import type { INestApplicationContext } from '@nestjs/common';
import { ViewProgress } from '@outcome/application';
import { EventStore } from '@outcome/event-store';
import { AppConfig } from '@outcome/shared';

/** Where the stores are, how many events they hold, and how far each view has come. */
export async function showStatus(app: INestApplicationContext, print: (line: string) => void): Promise<void> {
  const config = app.get(AppConfig);
  const head = await app.get(EventStore).readHeadPosition();
  print(`events: ${config.eventStore}, head position ${head ?? 'none (empty)'}`);
  print(`views:  ${config.readStore}`);
  for (const view of await app.get(ViewProgress).lags()) {
    const state =
      view.position === null && head !== null ? 'not built yet' : view.lag === 0n ? 'up to date' : `${view.lag} behind`;
    print(`  ${view.projection.padEnd(24)} at ${String(view.position ?? '-').padStart(8)}  ${state}`);
  }
}
