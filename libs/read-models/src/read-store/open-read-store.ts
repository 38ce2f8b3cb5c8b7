import { createReadStoreDataSource } from './create-read-store-data-source';
import { PostgresReadStore } from './postgres-read-store';
import type { ReadStore } from './read-store';
import type { ReadStoreOptions } from './read-store-options';
import { SqliteReadStore } from './sqlite-read-store';

/** Opens the views' database, migrated, with the transaction discipline of its engine. Open one per process. */
export async function openReadStore(options: ReadStoreOptions): Promise<ReadStore> {
  const dataSource = await createReadStoreDataSource(options);
  return options.kind === 'sqlite'
    ? new SqliteReadStore(dataSource, options)
    : new PostgresReadStore(dataSource, options);
}
