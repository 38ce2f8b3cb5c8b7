import { setTimeout as sleep } from 'node:timers/promises';
import { loadAppConfig } from '@outcome/shared';
import {
  createPostgresTestDatabase,
  createTemporaryDirectory,
  describeWithPostgres,
  type PostgresTestDatabase,
  type TemporaryDirectory,
} from '@outcome/shared/testing';
import { Client } from 'pg';
import { KEY_POOL_APPLICATION_NAME, type PlatformStores, openPlatformStores } from './open-platform-stores';

describeWithPostgres(`${openPlatformStores.name} on PostgreSQL`, () => {
  let database: PostgresTestDatabase;
  let folder: TemporaryDirectory;
  let observer: Client;
  let sut: PlatformStores;

  beforeEach(async () => {
    database = await createPostgresTestDatabase('ol_stores');
    folder = createTemporaryDirectory();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
    const env = { DATA_DIR: folder.path, EVENT_STORE: 'postgres', READ_STORE: 'postgres', DATABASE_URL: database.url };
    sut = await openPlatformStores(loadAppConfig({ env }));
  });

  afterEach(async () => {
    await sut.close();
    await observer.end();
    await database.drop();
    folder.remove();
  });

  /** Terminates the key store's connections and waits until their backends have gone. */
  async function terminateKeyStoreConnections(): Promise<number> {
    const { rows } = await observer.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
      [KEY_POOL_APPLICATION_NAME],
    );
    const pids = rows.map((row) => row.pid);
    await observer.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
    while ((await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [pids])).rowCount) {
      await sleep(10);
    }
    // Lets the pool read the termination notice from its idle connections' sockets.
    await sleep(100);
    return pids.length;
  }

  it('survives the server dropping an idle connection of the key store, and serves the same key again', async () => {
    const key = await sut.keyStore.getOrCreateKey('subject-a');

    const terminated = await terminateKeyStoreConnections();

    expect(terminated).toBeGreaterThan(0);
    expect((await sut.keyStore.getOrCreateKey('subject-a')).equals(key)).toBe(true);
  });
});
