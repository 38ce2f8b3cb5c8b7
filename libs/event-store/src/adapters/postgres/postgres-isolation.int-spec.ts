import { aStreamName, someNewEvents } from '@outcome/event-store/testing';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import { PostgresEventStore } from './postgres-event-store';
import { APPEND_SQLSTATE } from './postgres-errors';
import { openSession } from './testing/database-sessions';

const CONCURRENT_APPENDS = 20;

describeWithPostgres(`${PostgresEventStore.name} on a database whose default isolation is repeatable read`, () => {
  let database: PostgresTestDatabase;
  let sut: PostgresEventStore;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    const admin = await openSession(database.url);
    await admin.query(`ALTER DATABASE ${database.name} SET default_transaction_isolation = 'repeatable read'`);
    await admin.end();
    sut = await PostgresEventStore.connect({ connectionString: database.url });
  });

  afterAll(async () => {
    await sut.dispose();
    await database.drop();
  });

  it('stores concurrent appends at distinct positions without a gap, as under read committed', async () => {
    const results = await Promise.all(
      Array.from({ length: CONCURRENT_APPENDS }, () => sut.appendToStream(aStreamName(), someNewEvents(1))),
    );

    const positions = results.map((result) => result.position).sort((a, b) => (a < b ? -1 : 1));
    expect(positions).toEqual(Array.from({ length: CONCURRENT_APPENDS }, (_, i) => BigInt(i + 1)));
  });

  it('refuses to append inside a transaction of another isolation level, storing nothing', async () => {
    const session = await openSession(database.url);
    const head = await sut.readHeadPosition();
    try {
      await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const append = session.query('SELECT * FROM event_store.append_events($1::jsonb)', [
        JSON.stringify([{ stream: aStreamName(), expectedVersion: 'any', events: someNewEvents(1) }]),
      ]);

      await expect(append).rejects.toMatchObject({
        code: APPEND_SQLSTATE.notReadCommitted,
        message: expect.stringMatching(/READ COMMITTED.*repeatable read/),
      });
    } finally {
      await session.query('ROLLBACK');
      await session.end();
    }
    expect(await sut.readHeadPosition()).toBe(head);
  });
});
