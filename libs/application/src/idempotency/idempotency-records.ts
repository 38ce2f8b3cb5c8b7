import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ReadStore } from '@outcome/read-models';
import { type EntityManager, In, IsNull } from 'typeorm';
import { IdempotencyRecordEntity, type IdempotencyRecord } from './idempotency-record.entity';

export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
}

export type IdempotencyClaim =
  /** `takenOver`: the key was held by a request whose process died; its write may have landed. */
  | { readonly outcome: 'first'; readonly takenOver: boolean }
  | { readonly outcome: 'replay'; readonly answer: StoredAnswer }
  | { readonly outcome: 'other-request' }
  | { readonly outcome: 'in-progress' };

/**
 * A claim is a lease: its holder renews it every RENEW_EVERY_MS while the request runs, so that one
 * left unrenewed this long belongs to a process that died, and another request may take it over.
 */
const ABANDONED_AFTER_MS = 10_000;
/** How often the holder of a claim renews it; well within ABANDONED_AFTER_MS. */
export const RENEW_EVERY_MS = 2_000;
/** Largest answer kept for replays (serialised): error answers are a few KiB, so this keeps every real one. */
const LARGEST_KEPT_ANSWER = 16 * 1024;
/** Most records a token keeps: its oldest answers give way, so that no client can fill the disk through them. */
export const RECORDS_PER_TOKEN = 10_000;
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
      const erased = await runner.manager.findOneBy(IdempotencyRecordEntity, { tokenId, key: erasedKeyOf(key) });
      if (erased && !isExpired(erased, now)) return { outcome: 'replay', answer: GONE };
      const existing = await runner.manager.findOneBy(IdempotencyRecordEntity, { tokenId, key });
      if (existing && !isAbandoned(existing, now) && !isExpired(existing, now)) return judge(existing, fingerprint);
      if (!existing) await makeRoomFor(runner.manager, tokenId);
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
      const takenOver = !!existing && isAbandoned(existing, now) && existing.fingerprint === fingerprint;
      return { outcome: 'first', takenOver };
    });
  }

  /** The holder of an unanswered claim is still at work: the claim stays its own for another lease. */
  async renew(tokenId: string, key: string, now: Date): Promise<void> {
    await this.readStore.write((runner) =>
      runner.manager.update(
        IdempotencyRecordEntity,
        { tokenId, key, responseStatus: IsNull() },
        { createdAt: now.toISOString() },
      ),
    );
  }

  /**
   * Keeps the first answer, with the participant it concerns (if any) so that erasing them forgets it.
   * An answer too large to keep is not kept: the claim is released, and a retry runs again.
   */
  async answer(tokenId: string, key: string, answer: StoredAnswer, subject: string | null): Promise<void> {
    const body = JSON.stringify(answer.body);
    if (Buffer.byteLength(body) > LARGEST_KEPT_ANSWER) return this.release(tokenId, key);
    await this.readStore.write((runner) =>
      runner.manager.update(
        IdempotencyRecordEntity,
        { tokenId, key },
        { responseStatus: answer.status, responseBody: body, subject },
      ),
    );
  }

  /**
   * Erasure: every answer about the participant becomes 410 Gone, so that resending the enrolment
   * with its key cannot re-create them. The record keeps neither the key (only its hash) nor the
   * request's fingerprint (a hash of their details), and the store's files keep no copy of either.
   */
  async forgetSubject(subject: string, now: Date = new Date()): Promise<void> {
    await this.readStore.write(async ({ manager }) => {
      const records = await manager.findBy(IdempotencyRecordEntity, { subject });
      if (!records.length) return;
      await manager.delete(IdempotencyRecordEntity, { subject });
      await manager.upsert(
        IdempotencyRecordEntity,
        records.map(({ tokenId, key }) => goneRecord(tokenId, key, now)),
        ['tokenId', 'key'],
      );
    });
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

/** The answer to any request with the key of a write about an erased participant. */
const GONE: StoredAnswer = {
  status: 410,
  body: {
    statusCode: 410,
    error: 'Gone',
    message: 'The participant this request was about was erased: it is not carried out again',
    code: 'participant.erased',
  },
};

/** Deletes the token's oldest records beyond RECORDS_PER_TOKEN - 1, so that a new one fits. */
async function makeRoomFor(manager: EntityManager, tokenId: string): Promise<void> {
  const count = await manager.countBy(IdempotencyRecordEntity, { tokenId });
  if (count < RECORDS_PER_TOKEN) return;
  const oldest = await manager.find(IdempotencyRecordEntity, {
    select: { key: true },
    where: { tokenId },
    order: { createdAt: 'ASC' },
    take: count - RECORDS_PER_TOKEN + 1,
  });
  await manager.delete(IdempotencyRecordEntity, { tokenId, key: In(oldest.map((record) => record.key)) });
}

/** The key a record about an erased participant is kept under: its hash, so that no file holds the key itself. */
function erasedKeyOf(key: string): string {
  return `erased:${createHash('sha256').update(key).digest('hex')}`;
}

function goneRecord(tokenId: string, key: string, now: Date): IdempotencyRecord {
  return {
    tokenId,
    key: erasedKeyOf(key),
    fingerprint: 'erased',
    responseStatus: GONE.status,
    responseBody: null,
    subject: null,
    createdAt: now.toISOString(),
  };
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
