import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/** A plain connection of its own, for a test to act as another process would. */
export async function openSession(connectionString: string): Promise<Client> {
  const client = new Client({ connectionString });
  await client.connect();
  return client;
}

/**
 * Waits until another backend of the session's database matches `condition` (SQL over
 * pg_stat_activity) and answers its process id.
 */
export async function waitForBackend(
  session: Client,
  condition: string,
  excludingPid?: number,
  timeoutMs = 5_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await session.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid IS DISTINCT FROM $1 AND ${condition}`,
      [excludingPid ?? null],
    );
    if (rows[0]) return rows[0].pid;
    await sleep(10);
  }
  throw new Error(`No backend matched ${condition} within ${timeoutMs} ms`);
}
