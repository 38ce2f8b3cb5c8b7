import { ReadStore, type TransactionWork } from './read-store';
import { SerialQueue } from './serial-queue';

const FIRST_PURGE_RETRY_MS = 100;
const LAST_PURGE_RETRY_MS = 30_000;

/**
 * SQLite through TypeORM's better-sqlite3 driver, which has a single connection: a read running
 * beside an open write transaction would see its uncommitted rows, so transactions take turns.
 */
export class SqliteReadStore extends ReadStore {
  private readonly turns = new SerialQueue();
  /** One runner for every transaction: TypeORM caches prepared statements per runner. */
  private readonly runner = this.dataSource.createQueryRunner();
  private purgeRetry: NodeJS.Timeout | undefined;
  private closed = false;

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
   * images until a checkpoint, so this checkpoints and truncates it. While another process reads
   * an older snapshot the checkpoint cannot finish: it is then tried again on a timer, backing
   * off, until it succeeds or the store closes.
   */
  purgeDeletedRows(): Promise<void> {
    return this.turns.run(() => this.purgeOrRetryIn(FIRST_PURGE_RETRY_MS));
  }

  override async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.purgeRetry);
    await super.close();
  }

  private async purgeOrRetryIn(retryMs: number): Promise<void> {
    clearTimeout(this.purgeRetry);
    if (this.closed) return;
    let purged = false;
    try {
      purged = await this.truncateWal();
    } finally {
      if (!purged) this.retryPurgeIn(retryMs);
    }
  }

  private retryPurgeIn(retryMs: number): void {
    if (this.closed) return;
    const next = Math.min(retryMs * 2, LAST_PURGE_RETRY_MS);
    this.purgeRetry = setTimeout(() => {
      // A failed attempt has scheduled the next one already.
      this.turns.run(() => this.purgeOrRetryIn(next)).catch(() => undefined);
    }, retryMs);
    // A pending purge must not keep the process alive: SQLite checkpoints the WAL when the last connection closes.
    this.purgeRetry.unref();
  }

  /** Whether the WAL was checkpointed and truncated, without waiting for readers of other processes. */
  private async truncateWal(): Promise<boolean> {
    const [{ timeout }] = (await this.dataSource.query('PRAGMA busy_timeout')) as [{ timeout: number }];
    // better-sqlite3 is synchronous: a busy handler waiting on a reader would block the event loop.
    await this.dataSource.query('PRAGMA busy_timeout = 0');
    try {
      const [{ busy }] = (await this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')) as [{ busy: number }];
      return busy === 0;
    } finally {
      await this.dataSource.query(`PRAGMA busy_timeout = ${timeout}`);
    }
  }

  private async transaction<T>(begin: string, work: TransactionWork<T>): Promise<T> {
    const runner = this.runner;
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
