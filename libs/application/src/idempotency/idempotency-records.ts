import { Injectable } from '@nestjs/common';
import { ReadStore } from '@outcome/read-models';
import { IdempotencyRecordEntity, type IdempotencyRecord } from './idempotency-record.entity';

export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
}

export type IdempotencyClaim =
  | { readonly outcome: 'first' }
  | { readonly outcome: 'replay'; readonly answer: StoredAnswer }
  | { readonly outcome: 'other-request' }
  | { readonly outcome: 'in-progress' };

/**
 * A claim left unanswered this long (its process died mid-request) may be taken over. The window
 * in which a write could then run twice is the crash itself; everything else replays.
 */
const ABANDONED_AFTER_MS = 5 * 60_000;
/** How long an answer is kept for replays; a client retries within minutes, not days. */
const KEPT_FOR_MS = 24 * 60 * 60_000;
/** How often expired answers are swept away, at most. */
const SWEEP_EVERY_MS = 60 * 60_000;

/** The answers given to `Idempotency-Key` requests, kept in the read store so they survive a restart. */
@Injectable()
export class IdempotencyRecords {
  private lastSweep = 0;

  constructor(private readonly readStore: ReadStore) {}

  async claim(tokenId: string, key: string, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    await this.sweepExpired(now);
    return this.readStore.write(async (runner) => {
      const existing = await runner.manager.findOneBy(IdempotencyRecordEntity, { tokenId, key });
      if (existing && !isAbandoned(existing, now) && !isExpired(existing, now)) return judge(existing, fingerprint);
      const record: IdempotencyRecord = {
        tokenId,
        key,
        fingerprint,
        responseStatus: null,
        responseBody: null,
        subject: null,
        createdAt: now.toISOString(),
      };
      // Not `save`: it opens a transaction of its own, which SQLite refuses inside the read store's.
      if (existing) await runner.manager.update(IdempotencyRecordEntity, { tokenId, key }, record);
      else await runner.manager.insert(IdempotencyRecordEntity, record);
      return { outcome: 'first' };
    });
  }

  /** Keeps the first answer, with the participant it concerns (if any) so that erasing them forgets it. */
  async answer(tokenId: string, key: string, answer: StoredAnswer, subject: string | null): Promise<void> {
    await this.readStore.write((runner) =>
      runner.manager.update(
        IdempotencyRecordEntity,
        { tokenId, key },
        { responseStatus: answer.status, responseBody: JSON.stringify(answer.body), subject },
      ),
    );
  }

  /** Erasure: forgets every answer about the participant, and leaves no copy in the store's files. */
  async forgetSubject(subject: string): Promise<void> {
    await this.readStore.write((runner) => runner.manager.delete(IdempotencyRecordEntity, { subject }));
    await this.readStore.purgeDeletedRows();
  }

  private async sweepExpired(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now.getTime();
    const cutoff = new Date(now.getTime() - KEPT_FOR_MS).toISOString();
    await this.readStore.write((runner) =>
      runner.manager
        .createQueryBuilder()
        .delete()
        .from(IdempotencyRecordEntity)
        .where('created_at < :cutoff', { cutoff })
        .execute(),
    );
  }

  /** Forgets a claim whose request failed in a way worth retrying (a conflict, an outage). */
  async release(tokenId: string, key: string): Promise<void> {
    await this.readStore.write((runner) => runner.manager.delete(IdempotencyRecordEntity, { tokenId, key }));
  }
}

function judge(record: IdempotencyRecord, fingerprint: string): IdempotencyClaim {
  if (record.fingerprint !== fingerprint) return { outcome: 'other-request' };
  if (record.responseStatus === null) return { outcome: 'in-progress' };
  return {
    outcome: 'replay',
    answer: { status: record.responseStatus, body: JSON.parse(record.responseBody ?? 'null') },
  };
}

function isExpired(record: IdempotencyRecord, now: Date): boolean {
  return now.getTime() - Date.parse(record.createdAt) > KEPT_FOR_MS;
}

function isAbandoned(record: IdempotencyRecord, now: Date): boolean {
  return record.responseStatus === null && now.getTime() - Date.parse(record.createdAt) > ABANDONED_AFTER_MS;
}
