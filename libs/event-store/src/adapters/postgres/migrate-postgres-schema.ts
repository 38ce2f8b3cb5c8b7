import type { Pool } from 'pg';
import { schemaMigrations } from './postgres-schema-migrations';

/**
 * Creates or upgrades the store's schema in one transaction. Safe when several processes start
 * at once: they queue on an advisory lock, and each applies only the migrations still missing.
 */
export async function migratePostgresSchema(pool: Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // CREATE ... IF NOT EXISTS alone still races: two sessions can both find the schema missing.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [schema, 'schema-migration']);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_version (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT coalesce(max(version), 0) AS version FROM ${schema}.schema_version`,
    );
    const missing = schemaMigrations(schema).filter((migration) => migration.version > rows[0]!.version);
    for (const migration of missing) {
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${schema}.schema_version (version) VALUES ($1)`, [migration.version]);
    }
    await client.query('COMMIT');
    client.release();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(true);
    throw error;
  }
}
