import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SubjectErasedError, SubjectKeyNotPurgedError } from '../personal-data.errors';
import { generateSubjectKey } from '../subject-key';
import { type RewriteProgress, SubjectKeyStore } from '../subject-key-store.port';

/** A rewrite of every key reports its progress every this many keys. */
const PROGRESS_EVERY = 1000;

/** Name of the key file in the data folder of the embedded default. */
export const SQLITE_SUBJECT_KEY_FILE_NAME = 'subject-keys.sqlite';

interface KeyRow {
  readonly subject: string;
  readonly key: Buffer | null;
}

/**
 * Keys in their own SQLite file, apart from the events, so that erasure never has to touch the
 * event file.
 *
 * Nothing of a destroyed key stays in the database files: `secure_delete` zeroes the bytes SQLite
 * frees, and a destroy ends with a truncating WAL checkpoint, so no older page survives in the
 * `-wal` file. What the file system or the drive keeps of overwritten blocks is beyond reach here.
 */
export class SqliteSubjectKeyStore extends SubjectKeyStore {
  private readonly insertIfAbsent;
  private readonly selectKey;
  private readonly selectKeys;
  private readonly selectErased;
  private readonly tombstone;

  private constructor(private readonly db: Database.Database) {
    super();
    this.insertIfAbsent = db.prepare<[string, Buffer]>(
      'INSERT INTO subject_keys (subject, key) VALUES (?, ?) ON CONFLICT (subject) DO NOTHING',
    );
    this.selectKey = db.prepare<[string], KeyRow>('SELECT subject, key FROM subject_keys WHERE subject = ?');
    this.selectKeys = db.prepare<[string], KeyRow>(
      'SELECT subject, key FROM subject_keys WHERE subject IN (SELECT value FROM json_each(?))',
    );
    this.selectErased = db
      .prepare<[string], string>(
        'SELECT subject FROM subject_keys WHERE key IS NULL AND subject IN (SELECT value FROM json_each(?))',
      )
      .pluck();
    this.tombstone = db.prepare<[string]>(
      'INSERT INTO subject_keys (subject, key) VALUES (?, NULL) ON CONFLICT (subject) DO UPDATE SET key = NULL',
    );
  }

  /** Opens the key file at `filePath`, creating it and its table if need be. */
  static open(filePath: string): SqliteSubjectKeyStore {
    const db = new Database(filePath);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // Measured by the byte-scan int-spec: without it, about one destroyed key in five survived in
      // the free space of a page.
      db.pragma('secure_delete = ON');
      // A null key is the tombstone of an erased subject.
      db.exec('CREATE TABLE IF NOT EXISTS subject_keys (subject TEXT PRIMARY KEY, key BLOB) STRICT, WITHOUT ROWID');
      return new SqliteSubjectKeyStore(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Opens the embedded default, `subject-keys.sqlite` in the data folder, creating the folder if need be. */
  static openInDataDir(dataDir: string): SqliteSubjectKeyStore {
    mkdirSync(dataDir, { recursive: true });
    return SqliteSubjectKeyStore.open(join(dataDir, SQLITE_SUBJECT_KEY_FILE_NAME));
  }

  async getOrCreateKey(subject: string): Promise<Buffer> {
    // Almost every call finds the key: a lookup costs no write transaction (and no fsync).
    let row = this.selectKey.get(subject);
    if (!row) {
      this.insertIfAbsent.run(subject, generateSubjectKey());
      row = this.selectKey.get(subject)!;
    }
    if (!row.key) throw new SubjectErasedError(subject);
    return row.key;
  }

  override async createMissingKeys(subjects: readonly string[]): Promise<void> {
    // A tombstone already holds an erased subject's row: DO NOTHING leaves it as it is.
    this.db.transaction(() => {
      for (const subject of subjects) this.insertIfAbsent.run(subject, generateSubjectKey());
    })();
  }

  async findKeys(subjects: readonly string[]): Promise<ReadonlyMap<string, Buffer | null>> {
    const rows = this.selectKeys.all(JSON.stringify(subjects));
    return new Map(rows.map((row) => [row.subject, row.key]));
  }

  async findErasedSubjects(subjects: readonly string[]): Promise<ReadonlySet<string>> {
    return new Set(this.selectErased.all(JSON.stringify(subjects)));
  }

  async destroyKey(subject: string): Promise<void> {
    this.tombstone.run(subject);
    const [checkpoint] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint!.busy) {
      throw new SubjectKeyNotPurgedError(subject, 'a reader kept the WAL file from being truncated');
    }
  }

  override async rewriteKeys(
    rewrite: (subject: string, stored: Buffer) => Buffer,
    added: ReadonlyMap<string, Buffer> = new Map(),
    onProgress?: RewriteProgress,
  ): Promise<number> {
    const rows = this.db.prepare<[], KeyRow>('SELECT subject, key FROM subject_keys WHERE key IS NOT NULL');
    const update = this.db.prepare<[Buffer, string]>('UPDATE subject_keys SET key = ? WHERE subject = ?');
    const upsert = this.db.prepare<[string, Buffer]>(
      'INSERT INTO subject_keys (subject, key) VALUES (?, ?) ON CONFLICT (subject) DO UPDATE SET key = excluded.key',
    );
    const rewritten = this.db.transaction(() => {
      const stored = rows.all();
      stored.forEach((row, index) => {
        update.run(rewrite(row.subject, row.key!), row.subject);
        if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === stored.length) onProgress?.(index + 1, stored.length);
      });
      for (const [subject, key] of added) upsert.run(subject, key);
      return stored.length;
    })();
    // As after a destroy: no page of the keys as they were stays in the -wal file.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return rewritten;
  }

  async dispose(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
