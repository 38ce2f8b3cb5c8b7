import { aNewEvent, aStreamName, someNewEvents } from '@outcome/event-store/testing';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import { EventIdConflictError, WrongExpectedVersionError } from '../../errors';
import { NO_STREAM } from '../../expected-version';
import { PostgresEventStore } from './postgres-event-store';
import { openSession } from './testing/database-sessions';

const CONCURRENT_RETRIES = 10;
// Past Number.MAX_SAFE_INTEGER: a position that survives only as a bigint.
const FAR_POSITION = 2n ** 53n + 10n;

describeWithPostgres(`${PostgresEventStore.name} append function`, () => {
  let database: PostgresTestDatabase;
  let schemaCount = 0;
  const stores: PostgresEventStore[] = [];

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.dispose()));
  });

  afterAll(async () => {
    await database.drop();
  });

  async function connect(options: { clock?: () => Date } = {}): Promise<{ sut: PostgresEventStore; schema: string }> {
    const schema = `append_${++schemaCount}`;
    const sut = await PostgresEventStore.connect({ connectionString: database.url, schema, ...options });
    stores.push(sut);
    return { sut, schema };
  }

  it('stores a batch once when writers retry it concurrently, answering each the original result', async () => {
    const { sut } = await connect();
    const stream = aStreamName();
    const batch = someNewEvents(3);

    const results = await Promise.all(
      Array.from({ length: CONCURRENT_RETRIES }, () =>
        sut.appendToStream(stream, batch, { expectedVersion: NO_STREAM }),
      ),
    );

    expect(results).toEqual(Array(CONCURRENT_RETRIES).fill({ nextExpectedVersion: 2, position: 3n }));
    expect((await sut.readStream(stream)).map((event) => event.id)).toEqual(batch.map((event) => event.id));
  });

  it('names the stream, the expected and the actual version of a version clash', async () => {
    const { sut } = await connect();
    const stream = aStreamName();
    await sut.appendToStream(stream, someNewEvents(2));

    const append = sut.appendToStream(stream, someNewEvents(1), { expectedVersion: NO_STREAM });

    await expect(append).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(append).rejects.toMatchObject({ stream, expected: NO_STREAM, actual: '1' });
  });

  it('names the stored event ids of a batch that overlaps a stored one', async () => {
    const { sut } = await connect();
    const stream = aStreamName();
    const [first, second] = someNewEvents(2);
    await sut.appendToStream(stream, [first!, second!]);

    const append = sut.appendToStream(stream, [second!, aNewEvent()]);

    await expect(append).rejects.toBeInstanceOf(EventIdConflictError);
    await expect(append).rejects.toMatchObject({ stream, eventIds: [second!.id] });
  });

  it('numbers events without a gap after a rejected append', async () => {
    const { sut } = await connect();
    const stream = aStreamName();
    await sut.appendToStream(stream, someNewEvents(1));
    await sut.appendToStream(stream, someNewEvents(2), { expectedVersion: 5 }).catch(() => undefined);

    const { position } = await sut.appendToStream(aStreamName(), someNewEvents(1));

    expect(position).toBe(2n);
  });

  it('keeps positions beyond the range of a JavaScript number exact', async () => {
    const { sut, schema } = await connect();
    const session = await openSession(database.url);
    await session.query(
      `INSERT INTO ${schema}.events (position, id, stream, stream_version, type, data, metadata, recorded_at)
       VALUES ($1, $2, $3, 0, 'SomethingHappened', '{}', '{}', now())`,
      [String(FAR_POSITION), aNewEvent().id, aStreamName()],
    );
    await session.end();

    const { position } = await sut.appendToStream(aStreamName(), someNewEvents(1));

    expect(position).toBe(FAR_POSITION + 1n);
    expect((await sut.readAll({ after: FAR_POSITION, maxCount: 10 })).map((event) => event.position)).toEqual([
      FAR_POSITION + 1n,
    ]);
    expect(await sut.readHeadPosition()).toBe(FAR_POSITION + 1n);
  });

  it('stamps recordedAt from the given clock, but never earlier than the event before', async () => {
    const instants = ['2025-06-01T12:00:00.123Z', '2025-06-01T11:59:00.000Z', '2025-06-01T12:01:00.000Z'];
    const { sut } = await connect({ clock: () => new Date(instants.shift()!) });
    const stream = aStreamName();

    for (let append = 0; append < 3; append++) await sut.appendToStream(stream, someNewEvents(1));

    expect((await sut.readStream(stream)).map((event) => event.metadata.recordedAt)).toEqual([
      '2025-06-01T12:00:00.123Z',
      '2025-06-01T12:00:00.123Z',
      '2025-06-01T12:01:00.000Z',
    ]);
  });
});
