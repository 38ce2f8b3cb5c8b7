import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

const SKIP_LABEL = '[skipped: no PostgreSQL]';

/** True when config/jest/integration-global-setup.js reached the PostgreSQL server. */
export function isPostgresAvailable(): boolean {
  return process.env.OL_POSTGRES_AVAILABLE === '1';
}

/**
 * `describe` for suites that need the real PostgreSQL server: skipped, with a label saying why,
 * when the server is unreachable and not required (the global setup fails the run when it is).
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (isPostgresAvailable()) describe(name, body);
  // Skipped on purpose: the global setup has already failed the run if PostgreSQL is required.
  else describe.skip(`${SKIP_LABEL} ${name}`, body);
}

export interface PostgresTestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** Creates a throwaway database on the test server; `drop()` removes it and its connections. */
export async function createPostgresTestDatabase(prefix = 'ol_test'): Promise<PostgresTestDatabase> {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(adminUrl, async (admin) => {
        await waitForConnectionsToClose(admin, name);
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

const CLOSING_GRACE_MS = 2_000;

/**
 * node-postgres resolves `pool.end()` before its connections have closed. Terminating them then
 * (FORCE) makes the driver report the termination to code that has already let go of the pool,
 * so the drop first gives closing connections a moment; FORCE is for those left open.
 */
async function waitForConnectionsToClose(admin: Client, database: string): Promise<void> {
  const deadline = Date.now() + CLOSING_GRACE_MS;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ open: number }>(
      'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    if (rows[0]?.open === 0) return;
    await sleep(20);
  }
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
