import { type Pool, escapeIdentifier } from 'pg';
import { SubjectErasedError } from '../personal-data.errors';
import { SUBJECT_KEY_BYTES, generateSubjectKey } from '../subject-key';
import { type RewriteProgress, SubjectKeyStore } from '../subject-key-store.port';

export interface PostgresSubjectKeyStoreOptions {
  /** Owned by the caller: `dispose` leaves it open. */
  readonly pool: Pool;
  /** Schema of the `subject_keys` table, created if missing. */
  readonly schema: string;
}

interface KeyRow {
  readonly subject: string;
  readonly key: Buffer | null;
}

/**
 * Keys in their own PostgreSQL table, `<schema>.subject_keys`; a null key is the tombstone of an
 * erased subject.
 *
 * What PostgreSQL keeps of a destroyed key: the UPDATE leaves the old row version as a dead tuple
 * in the table's pages until VACUUM removes it, so every destroy ends with a VACUUM of this small
 * table (it cannot remove a tuple that a transaction begun before the destroy may still see; the
 * next destroy's VACUUM, or autovacuum, does). The key also stays in the write-ahead log, in the
 * record that inserted it, until the segment is recycled, and in any WAL archive, replica or base
 * backup for as long as they are kept: the operator's backup retention bounds how long a
 * destroyed key survives there.
 */
export class PostgresSubjectKeyStore extends SubjectKeyStore {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {
    super();
  }

  /** Creates the schema and table if they are missing; safe when several processes start at once. */
  static async open({ pool, schema }: PostgresSubjectKeyStoreOptions): Promise<PostgresSubjectKeyStore> {
    const table = `${escapeIdentifier(schema)}.subject_keys`;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // Concurrent CREATE ... IF NOT EXISTS can still collide in the catalog: serialise them.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [table]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(schema)}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${table} (
           subject text PRIMARY KEY,
           key bytea CHECK (octet_length(key) = ${SUBJECT_KEY_BYTES})
         )`,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    return new PostgresSubjectKeyStore(pool, table);
  }

  async getOrCreateKey(subject: string): Promise<Buffer> {
    // Almost every call finds the key: a lookup first spares the write (and its WAL flush).
    let row = await this.selectKey(subject);
    if (!row) {
      await this.pool.query(
        `INSERT INTO ${this.table} (subject, key) VALUES ($1, $2) ON CONFLICT (subject) DO NOTHING`,
        [subject, generateSubjectKey()],
      );
      row = (await this.selectKey(subject))!;
    }
    if (!row.key) throw new SubjectErasedError(subject);
    return row.key;
  }

  private async selectKey(subject: string): Promise<KeyRow | undefined> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT subject, key FROM ${this.table} WHERE subject = $1`, [
      subject,
    ]);
    return rows[0];
  }

  async findKeys(subjects: readonly string[]): Promise<ReadonlyMap<string, Buffer | null>> {
    const { rows } = await this.pool.query<KeyRow>(
      `SELECT subject, key FROM ${this.table} WHERE subject = ANY($1::text[])`,
      [subjects],
    );
    return new Map(rows.map((row) => [row.subject, row.key]));
  }

  async findErasedSubjects(subjects: readonly string[]): Promise<ReadonlySet<string>> {
    const { rows } = await this.pool.query<{ subject: string }>(
      `SELECT subject FROM ${this.table} WHERE subject = ANY($1::text[]) AND key IS NULL`,
      [subjects],
    );
    return new Set(rows.map((row) => row.subject));
  }

  async destroyKey(subject: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} (subject, key) VALUES ($1, NULL) ON CONFLICT (subject) DO UPDATE SET key = NULL`,
      [subject],
    );
    // Outside any transaction, as VACUUM must be: pool.query runs in autocommit.
    await this.pool.query(`VACUUM ${this.table}`);
  }

  override async rewriteKeys(
    rewrite: (subject: string, stored: Buffer) => Buffer,
    added: ReadonlyMap<string, Buffer> = new Map(),
    onProgress?: RewriteProgress,
  ): Promise<number> {
    const client = await this.pool.connect();
    let rewritten = 0;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<KeyRow>(
        `SELECT subject, key FROM ${this.table} WHERE key IS NOT NULL FOR UPDATE`,
      );
      for (const [index, row] of rows.entries()) {
        await client.query(`UPDATE ${this.table} SET key = $1 WHERE subject = $2`, [
          rewrite(row.subject, row.key!),
          row.subject,
        ]);
        onProgress?.(index + 1, rows.length);
      }
      for (const [subject, key] of added) {
        await client.query(
          `INSERT INTO ${this.table} (subject, key) VALUES ($1, $2) ON CONFLICT (subject) DO UPDATE SET key = excluded.key`,
          [subject, key],
        );
      }
      await client.query('COMMIT');
      rewritten = rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    // The keys as they were stay as dead tuples until a VACUUM (and in the WAL, see above).
    await this.pool.query(`VACUUM ${this.table}`);
    return rewritten;
  }

  async dispose(): Promise<void> {}
}
