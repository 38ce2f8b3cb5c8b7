import { Client } from 'pg';
import type { HeldLock, ProjectionLock } from '../projection-lock';

/**
 * A session advisory lock on a connection of its own: PostgreSQL releases it when the session
 * ends, so a crashed runner frees its projection at once.
 */
export class PostgresAdvisoryLock implements ProjectionLock {
  constructor(
    private readonly url: string,
    private readonly projection: string,
    private readonly heartbeatMs: number,
  ) {}

  async tryAcquire(): Promise<HeldLock | null> {
    const session = new Client({ connectionString: this.url });
    const lost = new AbortController();
    session.on('error', () => lost.abort());
    try {
      await session.connect();
      const { rows } = await session.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`outcome-ledger.projection:${this.projection}`],
      );
      if (rows[0]?.locked) return this.hold(session, lost);
    } catch (error) {
      await session.end().catch(() => undefined);
      throw error;
    }
    await session.end();
    return null;
  }

  private hold(session: Client, lost: AbortController): HeldLock {
    const heartbeat = setInterval(() => {
      session.query('SELECT 1').catch(() => lost.abort());
    }, this.heartbeatMs);
    return {
      lost: lost.signal,
      release: async () => {
        clearInterval(heartbeat);
        // Ending the session releases the lock.
        await session.end();
      },
    };
  }
}
