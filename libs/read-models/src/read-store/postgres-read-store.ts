import { QueryFailedError } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { ReadStore, type TransactionWork } from './read-store';

const UNDEFINED_TABLE = '42P01';
const READ_ATTEMPTS = 5;

/** PostgreSQL: one pooled connection per transaction; reads on a REPEATABLE READ snapshot. */
export class PostgresReadStore extends ReadStore {
  /**
   * Deleted rows stay in their pages as dead tuples, unreadable through SQL, until (auto)vacuum
   * reclaims them; WAL archives and backups keep them as long as they are retained. Nothing more
   * can be done from here without locking the views.
   */
  async purgeDeletedRows(): Promise<void> {}

  write<T>(work: TransactionWork<T>): Promise<T> {
    return this.transaction('READ COMMITTED', work);
  }

  async read<T>(work: TransactionWork<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transaction('REPEATABLE READ', work);
      } catch (error) {
        // The catalog is not part of the snapshot: a read that raced a view switch finds the old
        // build's table dropped, and starts again on a snapshot that names the new build.
        if (!isUndefinedTable(error) || attempt >= READ_ATTEMPTS) throw error;
      }
    }
  }

  private async transaction<T>(isolation: IsolationLevel, work: TransactionWork<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction(isolation);
      try {
        const result = await work(runner);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        // A broken connection cannot roll back (the server does): report what broke the work.
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }
}

function isUndefinedTable(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNDEFINED_TABLE;
}
