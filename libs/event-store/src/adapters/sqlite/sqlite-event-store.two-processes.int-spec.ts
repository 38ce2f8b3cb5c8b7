import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setImmediate } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { RecordingSubscriber, aNewEvent, aStreamName } from '../../testing';
import { expectStrictlyIncreasingPositions } from '../../testing/contract/expect-strictly-increasing-positions';
import { SQLITE_EVENT_FILE_NAME, SqliteEventStore } from './sqlite-event-store';

const EVENTS_PER_PROCESS = 200;
const REPOSITORY_ROOT = resolve(__dirname, '../../../../..');
const APPENDER_SCRIPT = join(__dirname, 'testing', 'append-from-another-process.ts');

interface OtherProcess {
  /** Lets it start appending. */
  go(): void;
  /** The ids of the events it appended, once it has exited. */
  readonly acknowledged: Promise<string[]>;
}

/** Starts testing/append-from-another-process.ts in a child process and waits until it has opened the file. */
async function startAppender(file: string, stream: string, count: number): Promise<OtherProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', APPENDER_SCRIPT, file, stream, String(count)], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(REPOSITORY_ROOT, 'tsconfig.json') },
  });
  const closed = once(child, 'close');
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  if ((await lines.next()).value !== 'ready') throw new Error(`The other process did not start: ${errors}`);
  const acknowledged = (async () => {
    const ids: string[] = [];
    for (let line = await lines.next(); !line.done; line = await lines.next()) ids.push(line.value);
    const [exitCode] = (await closed) as [number | null];
    if (exitCode !== 0) throw new Error(`The other process failed with exit code ${exitCode}: ${errors}`);
    return ids;
  })();
  return { go: () => child.stdin.end('go\n'), acknowledged };
}

describe(`${SqliteEventStore.name} shared by two processes`, () => {
  let directory: TemporaryDirectory;
  let file: string;
  let sut: SqliteEventStore;

  beforeEach(() => {
    directory = createTemporaryDirectory('sqlite-event-store-');
    file = join(directory.path, SQLITE_EVENT_FILE_NAME);
    sut = SqliteEventStore.open(file, { pollIntervalMs: 20 });
  });

  afterEach(async () => {
    await sut.dispose();
    directory.remove();
  });

  it('stores every append of both exactly once, and a subscriber in one sees them all in strictly increasing positions', async () => {
    const shared = aStreamName('shared');
    const subscriber = new RecordingSubscriber(sut, { pageSize: 50 });
    const otherProcess = await startAppender(file, shared, EVENTS_PER_PROCESS);

    otherProcess.go();
    const ownIds: string[] = [];
    for (let index = 0; index < EVENTS_PER_PROCESS; index++) {
      const event = aNewEvent({ data: { writer: 'parent', index } });
      await sut.appendToStream(shared, [event]);
      ownIds.push(event.id);
      // Between appends a server serves other requests: here, the subscriber's reads.
      await setImmediate();
    }
    const otherIds = await otherProcess.acknowledged;
    await subscriber.reach((await sut.readHeadPosition())!);
    const delivered = await subscriber.stop();

    expect(otherIds).toHaveLength(EVENTS_PER_PROCESS);
    expect(delivered.map((event) => event.id).sort()).toEqual([...ownIds, ...otherIds].sort());
    expectStrictlyIncreasingPositions(delivered);
    expect((await sut.readStream(shared)).map((event) => event.streamVersion)).toEqual(
      Array.from({ length: 2 * EVENTS_PER_PROCESS }, (_, version) => version),
    );
  }, 60_000);
});
