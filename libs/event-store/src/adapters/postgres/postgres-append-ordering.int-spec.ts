import { setTimeout as sleep } from 'node:timers/promises';
import { RecordingSubscriber, aStreamName, someNewEvents } from '@outcome/event-store/testing';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import type { RecordedEvent } from '../../event';
import { PostgresEventStore } from './postgres-event-store';
import { openSession } from './testing/database-sessions';

const SLOW_TRANSACTIONS = 4;
const SLOW_COMMIT_DELAY_SECONDS = 0.2;
const FAST_WRITERS = 6;
const APPENDS_PER_FAST_WRITER = 12;

interface Acknowledged {
  readonly ids: readonly string[];
  readonly position: bigint;
}

/*
 * A store that numbered events when they are inserted rather than in commit order would fail
 * here: a slow transaction would hold low positions while fast ones commit higher positions, the
 * subscriber would move past them, and the slow commit would land behind it, never delivered.
 */
describeWithPostgres(`${PostgresEventStore.name} global order under racing transactions`, () => {
  let database: PostgresTestDatabase;
  let sut: PostgresEventStore;

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
    sut = await PostgresEventStore.connect({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterEach(async () => {
    await sut.dispose();
    await database.drop();
  });

  /** Appends through the store's function in a transaction that takes its time to commit. */
  async function appendInSlowTransaction(startAfterMs: number): Promise<Acknowledged> {
    await sleep(startAfterMs);
    const session = await openSession(database.url);
    try {
      const events = someNewEvents(3);
      await session.query('BEGIN');
      const { rows } = await session.query<{ last_position: string }>(
        'SELECT last_position FROM event_store.append_events($1::jsonb)',
        [JSON.stringify([{ stream: aStreamName('slow'), expectedVersion: 'any', events }])],
      );
      await session.query('SELECT pg_sleep($1)', [SLOW_COMMIT_DELAY_SECONDS]);
      await session.query('COMMIT');
      return { ids: events.map((event) => event.id), position: BigInt(rows[0]!.last_position) };
    } finally {
      await session.end();
    }
  }

  async function appendFast(): Promise<Acknowledged[]> {
    const acknowledged: Acknowledged[] = [];
    for (let append = 0; append < APPENDS_PER_FAST_WRITER; append++) {
      const events = someNewEvents(1 + (append % 2));
      const { position } = await sut.appendToStream(aStreamName('fast'), events);
      acknowledged.push({ ids: events.map((event) => event.id), position });
    }
    return acknowledged;
  }

  /** Answers the ids of the acknowledged events and what a subscriber running meanwhile delivered. */
  async function raceSlowAndFastWriters(): Promise<{ acknowledgedIds: string[]; delivered: RecordedEvent[] }> {
    const subscriber = new RecordingSubscriber(sut, { pageSize: 5 });
    const acknowledged = (
      await Promise.all([
        ...Array.from({ length: SLOW_TRANSACTIONS }, (_, slow) => appendInSlowTransaction(slow * 150)),
        ...Array.from({ length: FAST_WRITERS }, appendFast),
      ])
    ).flat();
    await subscriber.reach(acknowledged.reduce((max, { position }) => (position > max ? position : max), 0n));
    return { acknowledgedIds: acknowledged.flatMap(({ ids }) => ids), delivered: await subscriber.stop() };
  }

  it('delivers every acknowledged event exactly once, in increasing positions, while slow commits race fast appends', async () => {
    const { acknowledgedIds, delivered } = await raceSlowAndFastWriters();

    expect(delivered.map((event) => event.id).sort()).toEqual(acknowledgedIds.sort());
    const positions = delivered.map((event) => event.position);
    expect(positions).toEqual(positions.map((_, index) => BigInt(index + 1)));
  }, 30_000);

  it('stamps recordedAt non-decreasing along positions while slow commits race fast appends', async () => {
    const { delivered } = await raceSlowAndFastWriters();

    const recordedAt = delivered.map((event) => event.metadata.recordedAt);
    expect(recordedAt).toEqual([...recordedAt].sort());
  }, 30_000);
});
