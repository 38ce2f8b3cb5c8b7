import { cpus, loadavg, release, type as osType } from 'node:os';
import Database from 'better-sqlite3';
import { Client } from 'pg';

export type PostgresFacts =
  | { readonly reachable: true; readonly version: string; readonly durability: string }
  | { readonly reachable: false; readonly reason: string };

export interface MachineFacts {
  readonly node: string;
  readonly os: string;
  readonly cpus: string;
  /** 1, 5 and 15 minute load averages when the run started. */
  readonly loadAverage: readonly number[];
  readonly sqlite: string;
  readonly postgres: PostgresFacts;
  /** Host and port of the PostgreSQL server. */
  readonly postgresServer: string;
}

/** What the figures depend on, read before the first round. */
export async function readMachineFacts(postgresAdminUrl: string): Promise<MachineFacts> {
  const loadAverage = loadavg();
  const processors = cpus();
  return {
    node: process.version,
    os: `${osType()} ${release()}`,
    cpus: `${processors.length} × ${processors[0]?.model.trim() ?? 'unknown CPU'}`,
    loadAverage,
    sqlite: sqliteVersion(),
    postgres: await postgresFacts(postgresAdminUrl),
    postgresServer: new URL(postgresAdminUrl).host,
  };
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return String(db.prepare('SELECT sqlite_version()').pluck().get());
  } finally {
    db.close();
  }
}

async function postgresFacts(adminUrl: string): Promise<PostgresFacts> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const setting = async (name: string): Promise<string> =>
      (await client.query<{ setting: string }>('SELECT current_setting($1) AS setting', [name])).rows[0]!.setting;
    return {
      reachable: true,
      version: await setting('server_version'),
      durability: `fsync ${await setting('fsync')}, synchronous_commit ${await setting('synchronous_commit')}`,
    };
  } catch (error) {
    return { reachable: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}
