import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import { runSubjectKeyStoreContract } from '../testing/subject-key-store.contract';
import { PostgresSubjectKeyStore } from './postgres-subject-key-store';

describeWithPostgres(PostgresSubjectKeyStore.name, () => {
  let database: PostgresTestDatabase;
  let pool: Pool;

  const aSchemaName = () => `keys_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    pool = new Pool({ connectionString: database.url });
    await pool.query('CREATE EXTENSION pageinspect');
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  runSubjectKeyStoreContract(PostgresSubjectKeyStore.name, {
    create: () => PostgresSubjectKeyStore.open({ pool, schema: aSchemaName() }),
  });

  it('keeps keys and tombstones across a reopen', async () => {
    const schema = aSchemaName();
    const first = await PostgresSubjectKeyStore.open({ pool, schema });
    const key = await first.getOrCreateKey('subject-a');
    await first.destroyKey('subject-b');

    const sut = await PostgresSubjectKeyStore.open({ pool, schema });

    expect((await sut.getOrCreateKey('subject-a')).equals(key)).toBe(true);
    await expect(sut.getOrCreateKey('subject-b')).rejects.toMatchObject({ code: 'event-store.subject-erased' });
  });

  it('creates its schema once when several processes open it at the same time', async () => {
    const schema = aSchemaName();

    const stores = await Promise.all(Array.from({ length: 5 }, () => PostgresSubjectKeyStore.open({ pool, schema })));

    const key = await stores[0]!.getOrCreateKey('subject-a');
    expect((await stores[4]!.getOrCreateKey('subject-a')).equals(key)).toBe(true);
  });

  it('leaves no byte of a destroyed key in the pages of its table', async () => {
    const schema = aSchemaName();
    const sut = await PostgresSubjectKeyStore.open({ pool, schema });
    const keys = new Map<string, Buffer>();
    for (let i = 0; i < 300; i++) {
      const subject = randomUUID();
      keys.set(subject, await sut.getOrCreateKey(subject));
    }
    const erased = [...keys.keys()].filter((_, i) => i % 7 === 0);
    const kept = [...keys.keys()].filter((_, i) => i % 7 !== 0);
    const inTablePages = async (subjects: string[]) => {
      const { rows } = await pool.query<{ subject: string }>(
        `SELECT subject FROM unnest($1::text[], $2::bytea[]) AS wanted (subject, key)
         WHERE EXISTS (
           SELECT FROM generate_series(0, pg_relation_size($3::text::regclass) / current_setting('block_size')::int - 1) AS page
           WHERE position(wanted.key IN get_raw_page($3::text, page::int)) > 0
         )`,
        [subjects, subjects.map((subject) => keys.get(subject)), `${schema}.subject_keys`],
      );
      return rows.map((row) => row.subject).sort();
    };
    expect(await inTablePages(erased)).toEqual([...erased].sort());

    for (const subject of erased) await sut.destroyKey(subject);

    expect(await inTablePages(erased)).toEqual([]);
    expect(await inTablePages(kept)).toEqual([...kept].sort());
  });
});
