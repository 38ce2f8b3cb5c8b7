import type { NewEvent, StreamAppend } from '@outcome/event-store';
import { NO_STREAM, type StreamVersion } from '@outcome/event-store';
import type { DecidedCommand } from './demo-recorder';

/**
 * The commands' events as a few large appends, in the commands' order, each stream once per
 * append with the version its earlier appends left as the expected version (as handleCommand
 * expects the version it read). A command's events are never split across appends, so an
 * enrolment lands on the project and the participant together.
 */
export function batchAppends(commands: readonly DecidedCommand[], eventsPerAppend: number): StreamAppend[][] {
  const versions = new Map<string, StreamVersion>();
  const appends: StreamAppend[][] = [];
  let batch = new Map<string, NewEvent[]>();
  let size = 0;
  const close = () => {
    appends.push(
      [...batch].map(([stream, events]) => {
        const expectedVersion = versions.get(stream) ?? NO_STREAM;
        versions.set(stream, (expectedVersion === NO_STREAM ? -1 : expectedVersion) + events.length);
        return { stream, events, expectedVersion };
      }),
    );
    batch = new Map();
    size = 0;
  };
  for (const command of commands) {
    for (const { stream, events } of command.streams) {
      const pending = batch.get(stream) ?? [];
      pending.push(...events);
      batch.set(stream, pending);
      size += events.length;
    }
    if (size >= eventsPerAppend) close();
  }
  if (size > 0) close();
  return appends;
}
