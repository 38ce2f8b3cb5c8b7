import { InMemoryEventStore, NO_STREAM, type NewEvent, WrongExpectedVersionError } from '@outcome/event-store';
import { StagedEventStore } from './staged-event-store';

const event = (id: string): NewEvent => ({
  id,
  type: 'Something',
  data: { id },
  metadata: { recordedBy: 'test', correlationId: 'c', causationId: null, schemaVersion: 1 },
});

describe(StagedEventStore.name, () => {
  let store: InMemoryEventStore;
  let sut: StagedEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.appendToStream('a', [event('a0'), event('a1')]);
    sut = new StagedEventStore(store, await store.readHeadPosition());
  });
  afterEach(() => sut.dispose());

  it('reads stored events and the staged ones after them, and writes nothing to the store', async () => {
    await sut.appendToStream('a', [event('a2')], { expectedVersion: 1 });
    await sut.appendToStream('b', [event('b0')], { expectedVersion: NO_STREAM });

    expect((await sut.readStream('a')).map((recorded) => [recorded.id, recorded.streamVersion])).toEqual([
      ['a0', 0],
      ['a1', 1],
      ['a2', 2],
    ]);
    expect(await sut.readStreamVersion('b')).toBe(0);
    expect(await store.readHeadPosition()).toBe(2n);
    expect(await store.readStreamVersion('b')).toBe(NO_STREAM);
  });

  it('refuses a staged append that expects another version, as the store would', async () => {
    await expect(sut.appendToStream('a', [event('x')], { expectedVersion: 0 })).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
  });

  it('forgets what was staged after a mark', async () => {
    await sut.appendToStream('a', [event('a2')]);
    const mark = sut.mark();
    await sut.appendToStream('a', [event('a3')]);
    await sut.appendToStream('c', [event('c0')]);

    sut.rollBackTo(mark);

    expect((await sut.readStream('a')).map((recorded) => recorded.id)).toEqual(['a0', 'a1', 'a2']);
    expect(await sut.readStreamVersion('c')).toBe(NO_STREAM);
    expect(sut.size).toBe(1);
  });

  it('hands its appends over in batches, each stream once with the version it was decided on', async () => {
    await sut.appendToStream('a', [event('a2')]);
    await sut.appendToStream('b', [event('b0')]);
    await sut.appendToStream('a', [event('a3')]);
    await sut.appendToStream('c', [event('c0'), event('c1')]);

    const batches = [...sut.stagedAppends(3)];
    for (const appends of batches) await store.appendToStreams(appends);

    expect(batches.map((appends) => appends.map(({ stream, events }) => `${stream}:${events.length}`))).toEqual([
      ['a:2', 'b:1'],
      ['c:2'],
    ]);
    expect(batches[0]![0]!.expectedVersion).toBe(1);
    expect((await store.readStream('a')).map((recorded) => recorded.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
  });
});
