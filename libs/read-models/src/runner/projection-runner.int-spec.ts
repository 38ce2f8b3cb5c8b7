import type { EventStore } from '@outcome/event-store';
import { describeWithPostgres } from '@outcome/shared/testing';
import { Client } from 'pg';
import { PositionNotReachedError, ViewNotReadyError } from '../errors';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import { ViewReader } from '../reader/view-reader';
import {
  type MemberVisitsRow,
  clubVisitsProjection,
  eraseMember,
  failingOn,
  logVisits,
  memberVisitsProjection,
  visitsIn,
} from '../testing/member-visits.projection';
import {
  type ReadStoreFixture,
  allEvents,
  eventCounter,
  eventually,
  postgresReadStoreFixture,
  recordingLogger,
  rowsAfter,
  sqliteReadStoreFixture,
  temporarySqliteEventStore,
} from '../testing/read-store-fixtures';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

/** A turn of the event loop: the runner yields between batches, and a polling loop must too. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const byKey = (a: MemberVisitsRow, b: MemberVisitsRow) =>
  a.memberId.localeCompare(b.memberId) || a.club.localeCompare(b.club);

/** Makes another runner hold the projection's lock; calling the answer makes that runner vanish without releasing it. */
type LockHeldElsewhere = (store: ReadStore, projection: string) => Promise<() => Promise<void>>;

function runnerSuite(makeFixture: () => Promise<ReadStoreFixture>, lockHeldElsewhere: LockHeldElsewhere): void {
  let fixture: ReadStoreFixture;
  let readStore: ReadStore;
  let events: ReturnType<typeof temporarySqliteEventStore>;
  let eventStore: EventStore;
  let reader: ViewReader;
  const runners: ProjectionRunner[] = [];

  beforeEach(async () => {
    fixture = await makeFixture();
    readStore = await fixture.open();
    events = temporarySqliteEventStore();
    eventStore = events.eventStore;
    reader = new ViewReader(readStore);
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await events.remove();
    await fixture.remove();
  });

  function startRunner(options: Partial<ProjectionRunnerOptions> = {}): ProjectionRunner {
    const runner = new ProjectionRunner({
      eventStore,
      readStore,
      projections: [memberVisitsProjection()],
      logger: recordingLogger(),
      batchSize: 100,
      idleWaitMs: 50,
      standbyPollMs: 50,
      leaseMs: 600,
      retry: { initialDelayMs: 20, maxDelayMs: 100 },
      progressLogIntervalMs: 50,
      ...options,
    });
    runners.push(runner);
    runner.start();
    return runner;
  }

  async function liveRows(projection: Projection<MemberVisitsRow> = memberVisitsProjection()) {
    const view = await reader.read(projection);
    return { position: view.position, rows: [...view.rows].sort(byKey) };
  }

  async function expectedRows(projection = memberVisitsProjection(), upTo?: bigint | null) {
    return rowsAfter(projection, await allEvents(eventStore, upTo)).sort(byKey);
  }

  it('catches up 10,000 events to the rows an in-memory fold of the history gives', async () => {
    await logVisits(eventStore, 10_000, 500);
    const sut = startRunner({ batchSize: 500 });

    await sut.waitForPosition((await eventStore.readHeadPosition())!, 60_000);

    const view = await liveRows();
    expect(view.position).toBe(10_000n);
    expect(view.rows).toEqual(await expectedRows());
  }, 90_000);

  it('lets the process turn its event loop between batches while it catches up', async () => {
    await logVisits(eventStore, 3000, 500);
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    try {
      const sut = startRunner({ batchSize: 50 });

      await sut.waitForPosition((await eventStore.readHeadPosition())!, 60_000);
    } finally {
      clearInterval(ticker);
    }

    // 60 batches: a timer that fires at every turn of the loop must have fired several times.
    expect(turns).toBeGreaterThan(5);
  }, 90_000);

  it('keeps neither the rows nor the checkpoint of a batch whose evolve throws, and retries it', async () => {
    await logVisits(eventStore, 500);
    const logger = recordingLogger();
    const failing = startRunner({
      projections: [failingOn(memberVisitsProjection(), (e) => e.position === 250n)],
      logger,
    });

    await eventually(() => (failing.status()[0]?.failure?.attempts ?? 0) >= 2);
    const view = await liveRows().catch((error: unknown) => error);

    expect(view).toBeInstanceOf(ViewNotReadyError);
    const stuck = await readStore.read((runner) =>
      runner.query(`SELECT checkpoint FROM projection_build WHERE projection = 'member_visits'`),
    );
    expect(stuck.map((row: { checkpoint: unknown }) => BigInt(String(row.checkpoint)))).toEqual([200n]);
    expect(failing.status()[0]).toMatchObject({ state: 'failing', head: 500n, lag: 500n });
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'projection failed; retrying the batch' }),
    );

    await failing.stop();
    const healthy = startRunner();
    await healthy.waitForPosition(500n, 10_000);
    expect((await liveRows()).rows).toEqual(await expectedRows());
  });

  it('resumes from its checkpoint after a restart without applying an event twice', async () => {
    await logVisits(eventStore, 1000);
    const first = startRunner();
    await first.waitForPosition(1000n, 10_000);
    await first.stop();

    await logVisits(eventStore, 500);
    const erasedAt = await eraseMember(eventStore, 'member-3');
    const second = startRunner();
    await second.waitForPosition(erasedAt, 10_000);

    const view = await liveRows();
    expect(view.rows).toEqual(await expectedRows());
    expect(view.rows.filter((row) => row.memberId === 'member-3')).toEqual([]);
  });

  it('deletes every row of an erased member', async () => {
    await logVisits(eventStore, 200);
    const sut = startRunner();
    const erasedAt = await eraseMember(eventStore, 'member-5');

    await sut.waitForPosition(erasedAt, 10_000);

    const view = await reader.read(memberVisitsProjection(), { where: { memberId: 'member-5' } });
    expect(view.rows).toEqual([]);
    expect(view.position).toBe(erasedAt);
  });

  it('runs a projection in one runner at a time, and the other takes over when it stops', async () => {
    await logVisits(eventStore, 3000);
    const first = startRunner();
    const second = startRunner();
    const statesSeen: string[] = [];
    const sampler = setInterval(() => {
      statesSeen.push([first, second].map((runner) => runner.status()[0]!.state).join('+'));
    }, 5);

    await first.waitForPosition(3000n, 20_000);
    const active = first.status()[0]!.state === 'running' ? first : second;
    const standby = active === first ? second : first;
    expect(standby.status()[0]!.state).toBe('standby');
    await active.stop();
    await logVisits(eventStore, 300);
    await eventually(() => standby.status()[0]!.state === 'running');
    await standby.waitForPosition(3300n, 10_000);
    clearInterval(sampler);

    expect(statesSeen).not.toContain('running+running');
    expect((await liveRows()).rows).toEqual(await expectedRows());
  }, 30_000);

  it('takes over a projection whose runner vanished while holding it', async () => {
    const vanish = await lockHeldElsewhere(readStore, 'member_visits');
    await logVisits(eventStore, 100);
    const sut = startRunner();
    await eventually(() => sut.status()[0]!.state === 'standby');

    await vanish();

    await sut.waitForPosition(100n, 10_000);
    expect(sut.status()[0]!.state).toBe('running');
  });

  it('switches readers to a new version only once its build has caught up, never showing a partial build', async () => {
    await logVisits(eventStore, 3000);
    const v1 = startRunner();
    await v1.waitForPosition(3000n, 20_000);
    await v1.stop();

    const v2 = memberVisitsProjection(2, 2);
    startRunner({ projections: [v2] });
    const eventsUpTo = eventCounter(eventStore);
    const versionsSeen = new Set<number>();
    let switched = false;
    while (!switched) {
      // A reader that polls between requests, as a real client does, rather than a chain of microtasks.
      await nextTurn();
      const view = await reader.read(v2);
      const builtBy = new Set(view.rows.map((row) => row.builtBy));
      expect(builtBy.size).toBe(1);
      expect(visitsIn(view.rows)).toBe(await eventsUpTo(view.position));
      versionsSeen.add([...builtBy][0]!);
      switched = builtBy.has(2);
    }

    expect([...versionsSeen]).toEqual([1, 2]);
    expect((await liveRows(v2)).rows).toEqual(await expectedRows(v2));
  }, 30_000);

  it('rebuilds the same version on request while the live build keeps following new events', async () => {
    await logVisits(eventStore, 1000);
    const sut = startRunner({ batchSize: 20 });
    await sut.waitForPosition(1000n, 20_000);

    await sut.requestRebuild('member_visits');
    const eventsUpTo = eventCounter(eventStore);
    const positionsSeen: bigint[] = [];
    while (sut.status()[0]!.generation !== 2) {
      await nextTurn();
      await logVisits(eventStore, 1);
      const view = await reader.read(memberVisitsProjection());
      expect(visitsIn(view.rows)).toBe(await eventsUpTo(view.position));
      positionsSeen.push(view.position!);
    }
    await sut.waitForPosition((await eventStore.readHeadPosition())!, 20_000);

    expect(positionsSeen).toEqual([...positionsSeen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(positionsSeen.at(-1)).toBeGreaterThan(1000n);
    expect((await liveRows()).rows).toEqual(await expectedRows());
    expect(await readStore.read((runner) => runner.hasTable('member_visits_g1'))).toBe(false);
  }, 60_000);

  it('waits for a position until every projection has processed it', async () => {
    await logVisits(eventStore, 300);
    const sut = startRunner({ projections: [memberVisitsProjection(), clubVisitsProjection] });

    await sut.waitForPosition(300n, 10_000);

    expect((await reader.read(clubVisitsProjection)).position).toBe(300n);
    expect((await liveRows()).position).toBe(300n);
  });

  it('gives up waiting with the projections still behind named', async () => {
    await logVisits(eventStore, 10);
    const sut = new ProjectionRunner({
      eventStore,
      readStore,
      projections: [memberVisitsProjection(), clubVisitsProjection],
      logger: recordingLogger(),
    });

    const waiting = sut.waitForPosition(10n, 100);

    await expect(waiting).rejects.toThrow(PositionNotReachedError);
    await expect(waiting).rejects.toMatchObject({ behind: ['member_visits', 'club_visits'] });
  });

  it('lets another process wait for a position through the checkpoint table', async () => {
    const elsewhere = new ProjectionCheckpoints(await fixture.open(), ['member_visits', 'club_visits'], 20);
    await logVisits(eventStore, 300);

    await expect(elsewhere.waitForPosition(300n, 100)).rejects.toThrow(PositionNotReachedError);
    startRunner({ projections: [memberVisitsProjection(), clubVisitsProjection] });
    await elsewhere.waitForPosition(300n, 10_000);

    expect(await elsewhere.livePositions()).toEqual(
      new Map([
        ['member_visits', 300n],
        ['club_visits', 300n],
      ]),
    );
  });

  it('reports position, head, lag and throughput, and logs them as it goes', async () => {
    await logVisits(eventStore, 1000);
    const logger = recordingLogger();
    const sut = startRunner({ logger });

    await sut.waitForPosition(1000n, 10_000);
    await eventually(() => logger.entries.some((entry) => entry.details.position === '1000'));

    expect(sut.status()).toEqual([
      expect.objectContaining({
        state: 'running',
        generation: 1,
        position: 1000n,
        head: 1000n,
        lag: 0n,
        building: null,
        failure: null,
      }),
    ]);
    expect(sut.status()[0]!.eventsPerSecond).toBeGreaterThan(0);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        message: 'projection progress',
        details: expect.objectContaining({ projection: 'member_visits', position: '1000', head: '1000', lag: '0' }),
      }),
    );
  });

  it('stops after the batch in flight, leaving rows and checkpoint together and the projection free', async () => {
    await logVisits(eventStore, 5000);
    const sut = startRunner();
    await eventually(() => (sut.status()[0]!.position ?? 0n) > 0n);

    await sut.stop();

    const view = await reader.read(memberVisitsProjection());
    expect(visitsIn(view.rows)).toBe(Number(view.position));
    const next = startRunner();
    await eventually(() => next.status()[0]!.state === 'running', 2000);
  });

  it('answers ViewNotReadyError for a view that has never been built', async () => {
    await expect(reader.read(memberVisitsProjection())).rejects.toThrow(ViewNotReadyError);
  });
}

// A lease that is never renewed: the runner that took it has crashed, and it runs out.
const leaseHeldElsewhere: LockHeldElsewhere = async (store, projection) => {
  await store.write((runner) =>
    runner.query('INSERT INTO projection_lease (projection, owner, expires_at) VALUES (?, ?, ?)', [
      projection,
      'a-crashed-runner',
      Date.now() + 300,
    ]),
  );
  return async () => undefined;
};

// A session lock whose connection the server then terminates, as when the holder's host dies.
const advisoryLockHeldElsewhere: LockHeldElsewhere = async (store, projection) => {
  const url = store.connection.kind === 'postgres' ? store.connection.url : '';
  const holder = new Client({ connectionString: url });
  holder.on('error', () => undefined);
  await holder.connect();
  await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`outcome-ledger.projection:${projection}`]);
  const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return async () => {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
    await admin.end();
  };
};

describe(`${ProjectionRunner.name} on SQLite`, () => {
  runnerSuite(sqliteReadStoreFixture, leaseHeldElsewhere);
});

describeWithPostgres(`${ProjectionRunner.name} on PostgreSQL`, () => {
  runnerSuite(() => postgresReadStoreFixture(), advisoryLockHeldElsewhere);
});
