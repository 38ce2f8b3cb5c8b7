import type Database from 'better-sqlite3';

interface SchemaMigration {
  /** Applied in ascending order and recorded in `schema_version`. Never edit a released one. */
  readonly version: number;
  readonly sql: string;
}

const MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 1,
    // AUTOINCREMENT: a position is never handed out twice, not even after the newest row is gone.
    sql: `
      CREATE TABLE events (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        stream TEXT NOT NULL,
        stream_version INTEGER NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (stream, stream_version)
      ) STRICT`,
  },
];

const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * Creates or upgrades the event tables, applying only the migrations the file lacks. Several
 * processes may open the file at once: the immediate transaction makes them take turns.
 */
export function migrateSqliteEventStoreSchema(db: Database.Database): void {
  db.transaction(() => {
    db.exec(
      `CREATE TABLE IF NOT EXISTS schema_version (
         version INTEGER PRIMARY KEY,
         applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ'))
       ) STRICT`,
    );
    const current = Number(db.prepare('SELECT coalesce(max(version), 0) FROM schema_version').pluck().get());
    if (current > LATEST_VERSION) {
      throw new Error(
        `The event file has schema version ${current}, newer than this release knows (${LATEST_VERSION}): upgrade the application`,
      );
    }
    for (const migration of MIGRATIONS.filter(({ version }) => version > current)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migration.version);
    }
  }).immediate();
}
