import { aStreamName, runEventStoreContract, someNewEvents } from '@outcome/event-store/testing';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import { AppendOutcomeUnknownError, EventStoreUnavailableError } from '../../errors';
import { PostgresEventStore } from './postgres-event-store';
import { openSession, waitForBackend } from './testing/database-sessions';

describeWithPostgres(PostgresEventStore.name, () => {
  let database: PostgresTestDatabase;
  let storeCount = 0;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  // A schema per test: as empty as a new database, at a fraction of the cost.
  runEventStoreContract(PostgresEventStore.name, {
    create: () => PostgresEventStore.connect({ connectionString: database.url, schema: `store_${++storeCount}` }),
  });

  it('reports an unreachable server as EventStoreUnavailableError', async () => {
    const connecting = PostgresEventStore.connect({ connectionString: 'postgres://postgres@127.0.0.1:1/nowhere' });

    await expect(connecting).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('reports an append whose connection is terminated while it runs as AppendOutcomeUnknownError', async () => {
    const sut = await PostgresEventStore.connect({ connectionString: database.url, schema: 'terminated' });
    const lockHolder = await openSession(database.url);
    const observer = await openSession(database.url);
    try {
      await lockHolder.query('BEGIN');
      await lockHolder.query(`SELECT * FROM terminated.append_events('[]')`);
      const appending = sut.appendToStream(aStreamName(), someNewEvents(1)).catch((error: unknown) => error);
      const blockedAppender = await waitForBackend(observer, `wait_event = 'advisory'`);

      await observer.query('SELECT pg_terminate_backend($1)', [blockedAppender]);

      expect(await appending).toBeInstanceOf(AppendOutcomeUnknownError);
    } finally {
      await Promise.all([lockHolder.end(), observer.end()]);
      await sut.dispose();
    }
  });
});
