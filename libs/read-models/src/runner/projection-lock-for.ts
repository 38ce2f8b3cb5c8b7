import type { ReadStore } from '../read-store/read-store';
import { PostgresAdvisoryLock } from './locks/postgres-advisory-lock';
import { SqliteLeaseLock } from './locks/sqlite-lease-lock';
import type { ProjectionLock } from './projection-lock';

export interface LockSettings {
  /** Names this runner in SQLite leases. */
  readonly owner: string;
  /** How long a SQLite lease lasts unrenewed; PostgreSQL checks its lock connection as often. */
  readonly leaseMs: number;
}

/** The lock that keeps one runner per projection on this store. */
export function projectionLockFor(store: ReadStore, projection: string, settings: LockSettings): ProjectionLock {
  return store.connection.kind === 'postgres'
    ? new PostgresAdvisoryLock(store.connection.url, projection, settings.leaseMs / 3)
    : new SqliteLeaseLock(store, projection, settings.owner, settings.leaseMs);
}
