import type { DataSource, QueryRunner } from 'typeorm';
import type { ReadStoreConnection } from './read-store-options';

/** Work done inside one read-store transaction, through the runner it is given. */
export type TransactionWork<T> = (runner: QueryRunner) => Promise<T>;

/**
 * The views' database with the transaction discipline its engine needs. Every access to view
 * tables goes through `read` or `write`, so that readers only ever see committed batches.
 */
export abstract class ReadStore {
  constructor(
    readonly dataSource: DataSource,
    readonly connection: ReadStoreConnection,
  ) {}

  /** Runs `work` in a write transaction: committed when it resolves, rolled back when it throws. */
  abstract write<T>(work: TransactionWork<T>): Promise<T>;

  /** Runs `work` on one consistent snapshot; `work` may run again if the snapshot went stale, so it must not write. */
  abstract read<T>(work: TransactionWork<T>): Promise<T>;

  /**
   * Makes deleted rows unrecoverable from the store's files where the engine allows it; should
   * another process keep it from finishing now, the store finishes it by itself later. Rows are
   * deleted when a participant is erased, so this runs after every batch that deleted any.
   */
  abstract purgeDeletedRows(): Promise<void>;

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
