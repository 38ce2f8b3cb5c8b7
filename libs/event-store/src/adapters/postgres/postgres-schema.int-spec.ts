import { Client } from 'pg';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import { aNewEvent, aStreamName } from '@outcome/event-store/testing';
import { PostgresEventStore } from './postgres-event-store';
import { schemaMigrations } from './postgres-schema-migrations';

describeWithPostgres(`${PostgresEventStore.name} schema`, () => {
  let database: PostgresTestDatabase;

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  async function appliedVersions(schema: string): Promise<number[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>(
        `SELECT version FROM ${schema}.schema_version ORDER BY version`,
      );
      return rows.map((row) => row.version);
    } finally {
      await client.end();
    }
  }

  it('creates its schema exactly once when several processes connect at the same time', async () => {
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => PostgresEventStore.connect({ connectionString: database.url, schema: 'ledger' })),
    );
    try {
      const stream = aStreamName();
      await stores[0]!.appendToStream(stream, [aNewEvent()]);

      expect(await appliedVersions('ledger')).toEqual(schemaMigrations('ledger').map((m) => m.version));
      expect(await stores[3]!.readStream(stream)).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((store) => store.dispose()));
    }
  });

  it('keeps the stored events when it connects to an existing schema again', async () => {
    const stream = aStreamName();
    const first = await PostgresEventStore.connect({ connectionString: database.url });
    await first.appendToStream(stream, [aNewEvent()]);
    await first.dispose();

    const sut = await PostgresEventStore.connect({ connectionString: database.url });
    try {
      expect(await sut.readStreamVersion(stream)).toBe(0);
      expect(await appliedVersions('event_store')).toEqual(schemaMigrations('event_store').map((m) => m.version));
    } finally {
      await sut.dispose();
    }
  });

  it('keeps stores in different schemas of one database apart', async () => {
    const stream = aStreamName();
    const left = await PostgresEventStore.connect({ connectionString: database.url, schema: 'left_store' });
    const right = await PostgresEventStore.connect({ connectionString: database.url, schema: 'right_store' });
    try {
      await left.appendToStream(stream, [aNewEvent()]);

      expect(await right.readHeadPosition()).toBeNull();
      expect(await left.readHeadPosition()).toBe(1n);
    } finally {
      await Promise.all([left.dispose(), right.dispose()]);
    }
  });

  it('refuses a schema name that is not a plain lower-case identifier', async () => {
    await expect(
      PostgresEventStore.connect({ connectionString: database.url, schema: 'ledger; DROP TABLE x' }),
    ).rejects.toThrow(/not a lower-case SQL identifier/);
  });
});
