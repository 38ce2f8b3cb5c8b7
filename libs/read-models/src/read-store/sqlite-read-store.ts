import { ReadStore, type TransactionWork } from './read-store';
import { SerialQueue } from './serial-queue';

/**
 * SQLite through TypeORM's better-sqlite3 driver, which has a single connection: a read running
 * beside an open write transaction would see its uncommitted rows, so transactions take turns.
 */
export class SqliteReadStore extends ReadStore {
  private readonly turns = new SerialQueue();

  write<T>(work: TransactionWork<T>): Promise<T> {
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads first could not
    // upgrade once another process had written in between.
    return this.turns.run(() => this.transaction('BEGIN IMMEDIATE', work));
  }

  read<T>(work: TransactionWork<T>): Promise<T> {
    return this.turns.run(() => this.transaction('BEGIN', work));
  }

  /**
   * `secure_delete` zeroes the freed pages in the database file; the WAL may still hold their old
   * images until a checkpoint, so this checkpoints and truncates it (when no other process is
   * reading an older snapshot; the next purge then finishes the job).
   */
  purgeDeletedRows(): Promise<void> {
    return this.turns.run(async () => {
      await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
    });
  }

  private async transaction<T>(begin: string, work: TransactionWork<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.query(begin);
    try {
      const result = await work(runner);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      // SQLite rolls back by itself after some errors (SQLITE_FULL, SQLITE_IOERR): report the cause, not the rollback.
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
