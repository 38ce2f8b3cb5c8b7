import type { ReadStore } from '../../read-store/read-store';
import type { HeldLock, ProjectionLock } from '../projection-lock';

// SQLite has no session locks that outlive a statement: a lease row with an owner and an expiry
// stands in, renewed while held and free to take once it has expired (a crashed holder).
const CLAIM = `
  INSERT INTO projection_lease (projection, owner, expires_at) VALUES (?, ?, ?)
  ON CONFLICT (projection) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE projection_lease.owner = excluded.owner OR projection_lease.expires_at <= ?`;

/** A lease on the projection, kept in the read store itself. */
export class SqliteLeaseLock implements ProjectionLock {
  constructor(
    private readonly store: ReadStore,
    private readonly projection: string,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {}

  async tryAcquire(): Promise<HeldLock | null> {
    if (!(await this.claim())) return null;
    const lost = new AbortController();
    const renewal = setInterval(() => {
      this.claim().then(
        (held) => {
          if (!held) lost.abort();
        },
        () => lost.abort(),
      );
    }, this.leaseMs / 3);
    return {
      lost: lost.signal,
      release: async () => {
        clearInterval(renewal);
        await this.store.write((runner) =>
          runner.query('DELETE FROM projection_lease WHERE projection = ? AND owner = ?', [
            this.projection,
            this.owner,
          ]),
        );
      },
    };
  }

  async close(): Promise<void> {
    // The lease lives in the read store: nothing is kept between attempts.
  }

  private claim(): Promise<boolean> {
    const now = Date.now();
    return this.store.write(async (runner) => {
      const result = await runner.query(CLAIM, [this.projection, this.owner, now + this.leaseMs, now], true);
      return result.affected === 1;
    });
  }
}
