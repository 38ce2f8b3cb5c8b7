import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ThrowawayPostgresDatabase {
  readonly url: string;
  /** Drops the database, ending any connection still open on it. */
  drop(): Promise<void>;
}

/** Creates a database of its own for one comparison on the server that `adminUrl` names. */
export async function createThrowawayPostgresDatabase(adminUrl: string): Promise<ThrowawayPostgresDatabase> {
  const name = `ol_bench_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
