import { describeWithPostgres } from '@outcome/shared/testing';
import { ViewReader } from '../reader/view-reader';
import { SharedEventPages } from './shared-event-pages';
import { logVisits, memberVisitsProjection } from '../testing/member-visits.projection';
import {
  type ReadStoreFixture,
  allEvents,
  eventually,
  postgresReadStoreFixture,
  recordingLogger,
  rowsAfter,
  sqliteReadStoreFixture,
  temporarySqliteEventStore,
} from '../testing/read-store-fixtures';
import type { ProjectionLock } from './projection-lock';
import { ProjectionWorker } from './projection-worker';

// A broken lock that lets every runner in: only the checkpoint fence stands between them.
const lockLettingEveryoneIn: ProjectionLock = {
  tryAcquire: async () => ({ lost: new AbortController().signal, release: async () => undefined }),
  close: async () => undefined,
};

function workerSuite(makeFixture: () => Promise<ReadStoreFixture>): void {
  it('keeps the rows exact when two workers both believe they hold the lock', async () => {
    const fixture = await makeFixture();
    const { eventStore, remove: removeEventStore } = temporarySqliteEventStore();
    const stop = new AbortController();
    try {
      const readStore = await fixture.open();
      await logVisits(eventStore, 3000);
      const workers = [1, 2].map(
        () =>
          new ProjectionWorker(memberVisitsProjection(), {
            eventStore,
            pages: new SharedEventPages(eventStore, 4),
            readStore,
            lock: lockLettingEveryoneIn,
            logger: recordingLogger(),
            settings: {
              batchSize: 50,
              idleWaitMs: 20,
              batchIntervalMs: 5,
              standbyPollMs: 20,
              retry: { initialDelayMs: 10, maxDelayMs: 50 },
              throughputWindowMs: 1000,
            },
            onProgress: () => undefined,
          }),
      );
      const running = workers.map((worker) => worker.run(stop.signal));

      await eventually(() => workers.some((worker) => worker.livePosition === 3000n), 20_000);
      stop.abort();
      await Promise.all(running);

      const view = await new ViewReader(readStore).read(memberVisitsProjection());
      const byKey = (a: { memberId: string; club: string }, b: { memberId: string; club: string }) =>
        a.memberId.localeCompare(b.memberId) || a.club.localeCompare(b.club);
      expect([...view.rows].sort(byKey)).toEqual(
        rowsAfter(memberVisitsProjection(), await allEvents(eventStore)).sort(byKey),
      );
    } finally {
      stop.abort();
      await removeEventStore();
      await fixture.remove();
    }
  }, 30_000);
}

describe(`${ProjectionWorker.name} on SQLite`, () => {
  workerSuite(sqliteReadStoreFixture);
});

describeWithPostgres(`${ProjectionWorker.name} on PostgreSQL`, () => {
  workerSuite(() => postgresReadStoreFixture());
});
