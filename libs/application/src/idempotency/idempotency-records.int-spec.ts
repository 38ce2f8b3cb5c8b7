import { join } from 'node:path';
import { openReadStore, type ReadStore } from '@outcome/read-models';
import { createTemporaryDirectory } from '@outcome/shared/testing';
import { CreateIdempotencyRecords1764547200001 } from './create-idempotency-records.migration';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { IdempotencyRecords, RECORDS_PER_TOKEN, RENEW_EVERY_MS } from './idempotency-records';

const T0 = new Date('2026-03-01T09:00:00Z');
const after = (ms: number) => new Date(T0.getTime() + ms);

describe(IdempotencyRecords.name, () => {
  let folder: ReturnType<typeof createTemporaryDirectory>;
  let store: ReadStore;
  let sut: IdempotencyRecords;

  beforeEach(async () => {
    folder = createTemporaryDirectory();
    store = await openReadStore({
      kind: 'sqlite',
      file: join(folder.path, 'read-models.sqlite'),
      entities: [IdempotencyRecordEntity],
      migrations: [CreateIdempotencyRecords1764547200001],
    });
    sut = new IdempotencyRecords(store);
  });

  afterEach(async () => {
    await store.close();
    folder.remove();
  });

  it('tells a retry to wait while the lease of the first request runs', async () => {
    await sut.claim('token', 'key', 'body', T0);

    expect(await sut.claim('token', 'key', 'body', after(5_000))).toEqual({ outcome: 'in-progress' });
  });

  it('frees the key of a holder that stopped renewing (its process died) within seconds', async () => {
    await sut.claim('token', 'key', 'body', T0);

    expect(await sut.claim('token', 'key', 'body', after(11_000))).toEqual({ outcome: 'first', takenOver: true });
  });

  it('keeps the key of a holder that renews its lease, however long it works', async () => {
    await sut.claim('token', 'key', 'body', T0);
    for (let renewal = 1; renewal <= 30; renewal += 1) await sut.renew('token', 'key', after(renewal * RENEW_EVERY_MS));

    expect(await sut.claim('token', 'key', 'body', after(31 * RENEW_EVERY_MS))).toEqual({ outcome: 'in-progress' });
  });

  it('keeps a small answer and replays it', async () => {
    await sut.claim('token', 'key', 'body', T0);
    await sut.answer('token', 'key', { status: 201, body: { id: 'p1', position: '7' } }, 'p1');

    expect(await sut.claim('token', 'key', 'body', after(60_000))).toEqual({
      outcome: 'replay',
      answer: { status: 201, body: { id: 'p1', position: '7' } },
    });
  });

  it('keeps no answer over 16 KiB: the key is free again', async () => {
    await sut.claim('token', 'key', 'body', T0);
    await sut.answer('token', 'key', { status: 400, body: { message: 'x'.repeat(17 * 1024) } }, null);

    expect(await store.read((runner) => runner.manager.countBy(IdempotencyRecordEntity, {}))).toBe(0);
    expect(await sut.claim('token', 'key', 'body', after(1_000))).toEqual({ outcome: 'first', takenOver: false });
  });

  it(`keeps at most ${RECORDS_PER_TOKEN} records per token, giving up the oldest`, async () => {
    const records = Array.from({ length: RECORDS_PER_TOKEN }, (_, index) => ({
      tokenId: 'token',
      key: `key-${index}`,
      fingerprint: 'body',
      responseStatus: 201,
      responseBody: '{}',
      subject: null,
      createdAt: after(index).toISOString(),
    }));
    await store.write(async ({ manager }) => {
      for (let start = 0; start < records.length; start += 500) {
        await manager.insert(IdempotencyRecordEntity, records.slice(start, start + 500));
      }
    });

    await sut.claim('token', 'one-more', 'body', after(RECORDS_PER_TOKEN));
    await sut.claim('another token', 'key-0', 'body', after(RECORDS_PER_TOKEN));

    const count = (tokenId: string) =>
      store.read((runner) => runner.manager.countBy(IdempotencyRecordEntity, { tokenId }));
    expect(await count('token')).toBe(RECORDS_PER_TOKEN);
    expect(await count('another token')).toBe(1);
    const newest = `key-${RECORDS_PER_TOKEN - 1}`;
    expect(await sut.claim('token', newest, 'body', after(RECORDS_PER_TOKEN + 1))).toMatchObject({ outcome: 'replay' });
    expect(await sut.claim('token', 'key-0', 'body', after(RECORDS_PER_TOKEN + 1))).toEqual({
      outcome: 'first',
      takenOver: false,
    });
  });

  it("answers 410 Gone to any request with the key of an erased participant's write", async () => {
    await sut.claim('token', 'enrol', 'enrolment of Mia', T0);
    await sut.answer('token', 'enrol', { status: 201, body: { id: 'p1', position: '7' } }, 'p1');

    await sut.forgetSubject('p1', after(1_000));

    for (const fingerprint of ['enrolment of Mia', 'something else']) {
      expect(await sut.claim('token', 'enrol', fingerprint, after(2_000))).toEqual({
        outcome: 'replay',
        answer: { status: 410, body: expect.objectContaining({ statusCode: 410, error: 'Gone' }) },
      });
    }
    const records = await store.read((runner) => runner.manager.findBy(IdempotencyRecordEntity, {}));
    expect(JSON.stringify(records)).not.toMatch(/p1|enrolment of Mia|"enrol"/);
  });
});
