import { EntitySchema } from 'typeorm';

export interface IdempotencyRecord {
  tokenId: string;
  key: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  fingerprint: string;
  /** Null while the first request is still being handled. */
  responseStatus: number | null;
  responseBody: string | null;
  /**
   * The participant the request was about, when it was about one: erasing them deletes the record,
   * whose answer may hold their scores.
   */
  subject: string | null;
  createdAt: string;
}

export const IdempotencyRecordEntity = new EntitySchema<IdempotencyRecord>({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_record',
  columns: {
    tokenId: { name: 'token_id', type: 'varchar', length: 64, primary: true },
    key: { type: 'varchar', length: 255, primary: true },
    fingerprint: { type: 'varchar', length: 64 },
    responseStatus: { name: 'response_status', type: 'integer', nullable: true },
    responseBody: { name: 'response_body', type: 'text', nullable: true },
    subject: { type: 'varchar', length: 64, nullable: true },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  },
});
