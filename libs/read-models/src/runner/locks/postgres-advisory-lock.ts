import { Client } from 'pg';
import type { HeldLock, ProjectionLock } from '../projection-lock';

interface Session {
  readonly client: Client;
  /** Aborts when the connection fails. */
  readonly broken: AbortController;
}

/**
 * A session advisory lock on a connection of its own: PostgreSQL releases it when the session
 * ends, so a crashed runner frees its projection at once. While another runner holds the lock,
 * the connection stays open for the next attempt.
 */
export class PostgresAdvisoryLock implements ProjectionLock {
  private idle: Session | null = null;

  constructor(
    private readonly url: string,
    private readonly projection: string,
    private readonly heartbeatMs: number,
  ) {}

  async tryAcquire(): Promise<HeldLock | null> {
    const session = this.idle ?? (await this.connect());
    this.idle = null;
    try {
      const { rows } = await session.client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`outcome-ledger.projection:${this.projection}`],
      );
      if (rows[0]?.locked) return this.hold(session);
    } catch (error) {
      await session.client.end().catch(() => undefined);
      throw error;
    }
    this.idle = session;
    return null;
  }

  async close(): Promise<void> {
    await this.idle?.client.end();
    this.idle = null;
  }

  private async connect(): Promise<Session> {
    const client = new Client({ connectionString: this.url });
    const broken = new AbortController();
    client.on('error', () => broken.abort());
    await client.connect();
    return { client, broken };
  }

  private hold({ client, broken }: Session): HeldLock {
    const heartbeat = setInterval(() => {
      client.query('SELECT 1').catch(() => broken.abort());
    }, this.heartbeatMs);
    return {
      lost: broken.signal,
      release: async () => {
        clearInterval(heartbeat);
        // Ending the session releases the lock.
        await client.end();
      },
    };
  }
}
