import { createInterface } from 'node:readline';
import { setImmediate } from 'node:timers/promises';
import { aNewEvent } from '../../../testing/test-events';
import { SqliteEventStore } from '../sqlite-event-store';

/*
 * Run in a child process by sqlite-event-store.two-processes.int-spec.ts:
 *   node -r @swc-node/register append-from-another-process.ts <event file> <stream> <count>
 * Opens the file, prints "ready", waits for "go" on stdin, then appends <count> events to
 * <stream>, one per append, printing each acknowledged event's id on a line of its own.
 */
async function main(): Promise<void> {
  const [file, stream, count] = process.argv.slice(2);
  if (!file || !stream || !count) throw new Error('Usage: <event file> <stream> <count>');
  const store = SqliteEventStore.open(file);
  const lines = createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  for await (const line of lines) if (line === 'go') break;
  lines.close();
  for (let i = 0; i < Number(count); i++) {
    const event = aNewEvent({ data: { writer: 'child', index: i } });
    await store.appendToStream(stream, [event]);
    process.stdout.write(`${event.id}\n`);
    // Spaces the appends as a server's requests would be.
    await setImmediate();
  }
  await store.dispose();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
