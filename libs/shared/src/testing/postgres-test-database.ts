import { randomBytes } from 'node:crypto';
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
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
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
