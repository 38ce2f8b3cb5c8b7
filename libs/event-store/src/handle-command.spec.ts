import { InMemoryEventStore } from './adapters/in-memory/in-memory-event-store';
import { WrongExpectedVersionError } from './errors';
import { NO_STREAM } from './expected-version';
import { type StreamDecider, handleCommand, handleCommandAcrossStreams } from './handle-command';
import { StreamStateCache } from './stream-state-cache';

type CounterEvent = { type: 'Incremented'; data: { by: number } };
type Increment = { by: number; upTo: number };

const counter: StreamDecider<Increment, CounterEvent, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: ({ by, upTo }, total) => {
    if (total + by > upTo) throw new Error(`the counter would pass ${upTo}`);
    return by === 0 ? [] : [{ type: 'Incremented', data: { by } }];
  },
};

let ids = 0;
const options = {
  metadata: { recordedBy: 'test', correlationId: 'c-1', causationId: null, schemaVersion: 1 },
  newEventId: () => `event-${++ids}`,
};

describe(handleCommand.name, () => {
  let store: InMemoryEventStore;
  beforeEach(() => (store = new InMemoryEventStore()));

  it('folds the stream, decides and appends with the version read', async () => {
    await handleCommand(store, 'counter-1', { by: 2, upTo: 10 }, counter, options);
    const sut = await handleCommand(store, 'counter-1', { by: 3, upTo: 10 }, counter, options);

    expect(sut).toMatchObject({
      events: [{ type: 'Incremented', data: { by: 3 } }],
      nextExpectedVersion: 1,
      position: 2n,
    });
    expect((await store.readStream('counter-1')).map((event) => event.metadata.correlationId)).toEqual(['c-1', 'c-1']);
  });

  it('appends nothing when the decision is empty', async () => {
    const sut = await handleCommand(store, 'counter-1', { by: 0, upTo: 10 }, counter, options);

    expect(sut).toEqual({ events: [], nextExpectedVersion: NO_STREAM, position: null });
    expect(await store.readHeadPosition()).toBeNull();
  });

  it('decides again on the new state when another writer came first', async () => {
    const racing = Array.from({ length: 5 }, () =>
      handleCommand(store, 'counter-1', { by: 2, upTo: 6 }, counter, { ...options, retriesOnConflict: 5 }),
    );

    const outcomes = await Promise.allSettled(racing);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(3);
    const refusals = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refusals.map((outcome) => String(outcome.reason))).toEqual([
      'Error: the counter would pass 6',
      'Error: the counter would pass 6',
    ]);
    expect(await store.readStream('counter-1')).toHaveLength(3);
  });

  it('gives up with the concurrency error once its retries are spent', async () => {
    const lagging = new InMemoryEventStore();
    const append = lagging.appendToStreams.bind(lagging);
    jest.spyOn(lagging, 'appendToStreams').mockImplementation(async (appends) => {
      const intruder = { id: `other-${++ids}`, type: 'Incremented', data: { by: 1 }, metadata: options.metadata };
      await append([{ stream: 'counter-1', events: [intruder] }]);
      return append(appends);
    });

    await expect(
      handleCommand(lagging, 'counter-1', { by: 1, upTo: 100 }, counter, { ...options, retriesOnConflict: 2 }),
    ).rejects.toThrow(WrongExpectedVersionError);
    expect(lagging.appendToStreams).toHaveBeenCalledTimes(3);
  });

  it('awaits an asynchronous decision, reading the stream once for it', async () => {
    await store.appendToStream('limit-1', [
      { id: 'limit', type: 'LimitSet', data: { upTo: 4 }, metadata: options.metadata },
    ]);
    const readStream = jest.spyOn(store, 'readStream');
    // The limit lives in another stream, looked up by the decision once the counter is folded.
    const limited: StreamDecider<{ by: number }, CounterEvent, number> = {
      ...counter,
      decide: async ({ by }, total) => {
        const [limit] = await store.readStream('limit-1', { maxCount: 1 });
        return counter.decide({ by, upTo: Number(limit!.data['upTo']) }, total);
      },
    };

    await handleCommand(store, 'counter-1', { by: 3 }, limited, options);
    const refused = handleCommand(store, 'counter-1', { by: 3 }, limited, options);

    await expect(refused).rejects.toThrow('the counter would pass 4');
    expect(readStream.mock.calls.filter(([stream]) => stream === 'counter-1')).toHaveLength(2);
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });
});

describe(`${handleCommand.name} with a ${StreamStateCache.name}`, () => {
  it('reads only the events after the cached state, folding on from it', async () => {
    const store = new InMemoryEventStore();
    const cache = new StreamStateCache<number>();
    await handleCommand(store, 'counter-1', { by: 2, upTo: 10 }, counter, options, cache);
    const readStream = jest.spyOn(store, 'readStream');

    const sut = await handleCommand(store, 'counter-1', { by: 3, upTo: 10 }, counter, options, cache);

    expect(sut.nextExpectedVersion).toBe(1);
    expect(readStream).toHaveBeenCalledWith('counter-1', { fromVersion: 1 });
    expect(await readStream.mock.results[0]!.value).toEqual([]);
    expect(cache.get('counter-1')).toEqual({ state: 5, version: 1 });
  });

  it('folds in what another writer appended since, and decides on it', async () => {
    const store = new InMemoryEventStore();
    const cache = new StreamStateCache<number>();
    await handleCommand(store, 'counter-1', { by: 2, upTo: 6 }, counter, options, cache);
    await handleCommand(store, 'counter-1', { by: 3, upTo: 6 }, counter, options);

    const refused = handleCommand(store, 'counter-1', { by: 2, upTo: 6 }, counter, options, cache);

    await expect(refused).rejects.toThrow('the counter would pass 6');
    expect(cache.get('counter-1')).toEqual({ state: 5, version: 1 });
    await handleCommand(store, 'counter-1', { by: 1, upTo: 6 }, counter, options, cache);
    expect((await store.readStream('counter-1')).map((event) => event.data['by'])).toEqual([2, 3, 1]);
  });

  it('forgets the stream used least recently past its capacity', () => {
    const cache = new StreamStateCache<number>(2);
    cache.set('a', { state: 1, version: 0 });
    cache.set('b', { state: 2, version: 0 });
    cache.get('a');

    cache.set('c', { state: 3, version: 0 });

    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((cached) => cached?.state)).toEqual([1, undefined, 3]);
  });
});

describe(handleCommandAcrossStreams.name, () => {
  it('appends to every stream atomically, each with the version it read', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('roster-1', [{ id: 'r-0', type: 'Opened', data: {}, metadata: options.metadata }]);

    const sut = await handleCommandAcrossStreams(
      store,
      { roster: 'roster-1', member: 'member-7' },
      ({ roster, member }) => ({
        roster: [{ type: 'MemberAdded', data: { count: roster.length } }],
        member: member.length ? [] : [{ type: 'MemberJoined', data: {} }],
      }),
      options,
    );

    expect(sut.versions).toEqual({ roster: 1, member: 0 });
    expect((await store.readStream('roster-1')).map((event) => event.type)).toEqual(['Opened', 'MemberAdded']);
    expect((await store.readStream('member-7')).map((event) => event.type)).toEqual(['MemberJoined']);
  });

  it('stores nothing when the decision throws', async () => {
    const store = new InMemoryEventStore();

    await expect(
      handleCommandAcrossStreams(
        store,
        { a: 'a-1', b: 'b-1' },
        () => {
          throw new Error('rule broken');
        },
        options,
      ),
    ).rejects.toThrow('rule broken');
    expect(await store.readHeadPosition()).toBeNull();
  });

  it("reads a stream's last event only, or none of it, as asked, and appends to an unread stream without a version check", async () => {
    const store = new InMemoryEventStore();
    const event = (id: string, type: string) => ({ id, type, data: {}, metadata: options.metadata });
    await store.appendToStream('roster-1', [event('r-0', 'Opened'), event('r-1', 'MemberAdded')]);
    await store.appendToStream('seat-1', [event('s-0', 'SeatTaken'), event('s-1', 'SeatFreed')]);
    const seen: Record<string, string[]> = {};

    const sut = await handleCommandAcrossStreams(
      store,
      { roster: 'roster-1', seat: 'seat-1' },
      async ({ roster, seat }) => {
        Object.assign(seen, { roster: roster.map((e) => e.type), seat: seat.map((e) => e.type) });
        // Another writer adds to the roster meanwhile: no clash, as the roster was not read.
        await store.appendToStream('roster-1', [event('r-2', 'MemberAdded')]);
        return { roster: [{ type: 'MemberAdded', data: {} }], seat: [{ type: 'SeatTaken', data: {} }] };
      },
      options,
      { roster: 'none', seat: 'last' },
    );

    expect(seen).toEqual({ roster: [], seat: ['SeatFreed'] });
    expect(sut.versions).toEqual({ roster: 3, seat: 2 });
  });

  it('decides again when a stream read to its last event changed before the append', async () => {
    const store = new InMemoryEventStore();
    const event = (id: string, type: string) => ({ id, type, data: {}, metadata: options.metadata });
    let decisions = 0;

    const sut = handleCommandAcrossStreams(
      store,
      { seat: 'seat-1' },
      async ({ seat }) => {
        decisions++;
        if (seat.at(-1)?.type === 'SeatTaken') throw new Error('the seat is taken');
        await store.appendToStream('seat-1', [event(`other-${decisions}`, 'SeatTaken')]);
        return { seat: [{ type: 'SeatTaken', data: {} }] };
      },
      { ...options, retriesOnConflict: 3 },
      { seat: 'last' },
    );

    await expect(sut).rejects.toThrow('the seat is taken');
    expect(decisions).toBe(2);
    expect((await store.readStream('seat-1')).map((e) => e.id)).toEqual(['other-1']);
  });
});
