import { QueryFailedError } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { ReadStoreUnavailableError } from '../errors';
import { isConnectionLoss } from './postgres-connection-loss';
import { ReadStore, type TransactionWork } from './read-store';

const UNDEFINED_TABLE = '42P01';
const READ_ATTEMPTS = 5;

/** PostgreSQL: one pooled connection per transaction; reads on a REPEATABLE READ snapshot. */
export class PostgresReadStore extends ReadStore {
  constructor(...args: ConstructorParameters<typeof ReadStore>) {
    super(...args);
    // Every connection of the pool, whoever uses it (transactions, the projections' positional SQL).
    const pool = (
      this.dataSource.driver as { master?: { on(event: 'connect', listener: (client: unknown) => void): void } }
    ).master;
    pool?.on('connect', keepErrorsHandled);
  }

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

  /** A lost connection (the server restarted, pg_terminate_backend) is reported as the store being unavailable. */
  private async transaction<T>(isolation: IsolationLevel, work: TransactionWork<T>): Promise<T> {
    try {
      return await this.transactionOnOneConnection(isolation, work);
    } catch (error) {
      throw isConnectionLoss(error) ? new ReadStoreUnavailableError({ cause: error }) : error;
    }
  }

  private async transactionOnOneConnection<T>(isolation: IsolationLevel, work: TransactionWork<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    keepErrorsHandled(await runner.connect());
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

const guardedConnections = new WeakSet<object>();

/**
 * TypeORM takes its 'error' listener off a pooled connection when it lets go of it, and pg-pool
 * takes its own off while a connection is lent: a terminated connection (pg_terminate_backend)
 * that emits an error then, unheard, would end the process. Every connection keeps a listener of
 * its own for its whole life; the failure itself reaches the work through its query.
 */
function keepErrorsHandled(connection: unknown): void {
  const emitter = connection as { on?: (event: 'error', listener: () => void) => void } | null;
  if (!emitter || typeof emitter.on !== 'function' || guardedConnections.has(emitter)) return;
  guardedConnections.add(emitter);
  emitter.on('error', () => undefined);
}

function isUndefinedTable(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNDEFINED_TABLE;
}
