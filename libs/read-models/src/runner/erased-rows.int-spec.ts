import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { aNewEvent } from '@outcome/event-store/testing';
import { openReadStore } from '../read-store/open-read-store';
import type { ReadStore } from '../read-store/read-store';
import { eraseMember, memberVisitsProjection } from '../testing/member-visits.projection';
import { recordingLogger, temporarySqliteEventStore } from '../testing/read-store-fixtures';
import { ProjectionRunner } from './projection-runner';

const MARKER = 'member-4f1c9e-marker';

function filesHolding(folder: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(folder).filter((file) => readFileSync(join(folder, file)).includes(needle));
}

describe('erased rows in the SQLite read store', () => {
  let folder: TemporaryDirectory;
  let readStore: ReadStore;
  let events: ReturnType<typeof temporarySqliteEventStore>;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    folder = createTemporaryDirectory();
    readStore = await openReadStore({ kind: 'sqlite', file: join(folder.path, 'read-models.sqlite') });
    events = temporarySqliteEventStore();
    runner = new ProjectionRunner({
      eventStore: events.eventStore,
      readStore,
      projections: [memberVisitsProjection()],
      logger: recordingLogger(),
      idleWaitMs: 20,
    });
    runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await readStore.close();
    await events.remove();
    folder.remove();
  });

  it('leaves no copy of a deleted row in the database file or its WAL', async () => {
    const visits = await events.eventStore.appendToStream('visits-1', [
      aNewEvent({ type: 'VisitLogged', data: { memberId: MARKER, club: 'chess', minutes: 30 } }),
      aNewEvent({ type: 'VisitLogged', data: { memberId: 'member-kept', club: 'chess', minutes: 20 } }),
    ]);
    await runner.waitForPosition(visits.position, 10_000);
    expect(filesHolding(folder.path, MARKER)).not.toEqual([]);

    await runner.waitForPosition(await eraseMember(events.eventStore, MARKER), 10_000);

    expect(filesHolding(folder.path, MARKER)).toEqual([]);
    expect(filesHolding(folder.path, 'member-kept')).not.toEqual([]);
  });
});
