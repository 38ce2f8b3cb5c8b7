// Finds out once per run whether the real PostgreSQL server is there. Integration and e2e
// suites that need it run when it answers; when it does not, they are skipped and this says so
// loudly, unless REQUIRE_POSTGRES=1 (as .ci/run sets it): then the run fails.
const { Client } = require('pg');

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

module.exports = async function integrationGlobalSetup() {
  if (process.env.OL_POSTGRES_CHECKED === '1') return;
  process.env.OL_POSTGRES_CHECKED = '1';
  const url = process.env.TEST_POSTGRES_URL || DEFAULT_URL;
  process.env.TEST_POSTGRES_URL = url;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env.OL_POSTGRES_AVAILABLE = '1';
  } catch (error) {
    process.env.OL_POSTGRES_AVAILABLE = '0';
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.REQUIRE_POSTGRES === '1') {
      throw new Error(`PostgreSQL is required (REQUIRE_POSTGRES=1) but ${url} is unreachable: ${reason}`);
    }
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! PostgreSQL at ${url} is unreachable (${reason}).\n` +
        `!! Every PostgreSQL suite is SKIPPED in this run (their names start with "[skipped: no PostgreSQL]").\n` +
        `!! Set REQUIRE_POSTGRES=1 to make this an error, TEST_POSTGRES_URL to point elsewhere.\n${line}\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  if (!process.env.KURRENTDB_URL) {
    console.warn('\n-- KurrentDB suites SKIPPED: KURRENTDB_URL is not set (no KurrentDB server on this machine).\n');
  }
};
