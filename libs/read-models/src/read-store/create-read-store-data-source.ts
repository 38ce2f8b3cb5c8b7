import { DataSource, type DataSourceOptions, MigrationExecutor } from 'typeorm';
import { CreateProjectionBookkeeping1764460800000 } from './migrations/1764460800000-create-projection-bookkeeping';
import type { ReadStoreConnection, ReadStoreOptions } from './read-store-options';

const RUNNER_MIGRATIONS = [CreateProjectionBookkeeping1764460800000];
const MIGRATION_LOCK = `hashtextextended('outcome-ledger.read-store.migrations', 0)`;

/**
 * Opens the read store and brings its schema up to date with the runner's migrations and the
 * views' own. The schema comes from migrations only, never from `synchronize`.
 */
export async function createReadStoreDataSource(options: ReadStoreOptions): Promise<DataSource> {
  const dataSource = dataSourceOf(options);
  await dataSource.initialize();
  try {
    if (options.kind === 'postgres') await migratePostgres(dataSource, options.schema);
    else await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/**
 * The names of the migrations the read store has not run yet, without running them (an operator's
 * dry run). On PostgreSQL the schema must exist for the answer to be exact: a missing one reads
 * as every migration pending.
 */
export async function pendingReadStoreMigrations(options: ReadStoreOptions): Promise<string[]> {
  const dataSource = dataSourceOf(options);
  await dataSource.initialize();
  try {
    const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
    return pending.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The read store's data source, not yet opened: its schema comes from migrations only, never `synchronize`. */
function dataSourceOf(options: ReadStoreOptions): DataSource {
  return new DataSource({
    ...driverOptions(options),
    entities: [...(options.entities ?? [])],
    migrations: [...RUNNER_MIGRATIONS, ...(options.migrations ?? [])],
    synchronize: false,
    migrationsRun: false,
  });
}

function driverOptions(connection: ReadStoreConnection): DataSourceOptions {
  if (connection.kind === 'sqlite') {
    return {
      type: 'better-sqlite3',
      database: connection.file,
      enableWAL: true,
      timeout: connection.busyTimeoutMs ?? 5000,
      // Per query runner; the store keeps one runner, so a view's statements are prepared once.
      statementCacheSize: 1000,
      prepareDatabase: (database: { pragma(source: string): unknown }) => {
        // Views are rebuilt from the events: a commit lost to a power cut, rows and checkpoint
        // together, is projected again, so commits need not wait for an fsync (docs/views.md).
        database.pragma('synchronous = NORMAL');
        // Views hold participants' scores: an erased row must not linger in a free page.
        database.pragma('secure_delete = ON');
      },
    };
  }
  return {
    type: 'postgres',
    url: connection.url,
    schema: connection.schema,
    poolSize: connection.poolSize,
    // Statements name tables without a schema: the search path finds them in the right one.
    extra: connection.schema ? { options: `-c search_path=${connection.schema}` } : undefined,
  };
}

/** Several processes may start at once on one database: one of them migrates at a time. */
async function migratePostgres(dataSource: DataSource, schema: string | undefined): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    if (schema) await lock.query(`CREATE SCHEMA IF NOT EXISTS ${dataSource.driver.escape(schema)}`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).finally(() => lock.release());
  }
}
