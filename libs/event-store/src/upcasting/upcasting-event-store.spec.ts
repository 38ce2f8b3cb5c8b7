import { InMemoryEventStore } from '../adapters/in-memory/in-memory-event-store';
import type { RecordedEvent } from '../event';
import { RecordingSubscriber, aNewEvent, aStreamName, runEventStoreContract } from '../testing';
import type { Upcaster } from './upcaster';
import { UpcastingEventStore } from './upcasting-event-store';

const renameMinutes: Upcaster<{ minutes: number }, { durationMinutes: number }> = {
  eventType: 'ActivityAttended',
  fromSchemaVersion: 1,
  upcast: ({ minutes }) => ({ durationMinutes: minutes }),
};

const addKind: Upcaster<{ durationMinutes: number }, { durationMinutes: number; kind: string }> = {
  eventType: 'ActivityAttended',
  fromSchemaVersion: 2,
  upcast: (data) => ({ ...data, kind: 'unknown' }),
};

function activityAttended(schemaVersion: number, data: Record<string, unknown>) {
  return aNewEvent({ type: 'ActivityAttended', data, metadata: { ...aNewEvent().metadata, schemaVersion } });
}

// The contract never writes ActivityAttended: every event it reads must pass through untouched.
runEventStoreContract(`${UpcastingEventStore.name} over ${InMemoryEventStore.name}`, {
  create: async () => new UpcastingEventStore(new InMemoryEventStore(), [renameMinutes, addKind]),
});

describe(UpcastingEventStore.name, () => {
  let inner: InMemoryEventStore;
  let sut: UpcastingEventStore;
  const stream = aStreamName('participant');

  beforeEach(async () => {
    inner = new InMemoryEventStore();
    sut = new UpcastingEventStore(inner, [addKind, renameMinutes]);
    await sut.appendToStream(stream, [
      activityAttended(1, { minutes: 30 }),
      activityAttended(2, { durationMinutes: 45 }),
      activityAttended(3, { durationMinutes: 60, kind: 'visit' }),
      aNewEvent({ type: 'ParticipantEnrolled', data: { arm: 'comparison' } }),
    ]);
  });

  afterEach(() => sut.dispose());

  const upcastStream = [
    { data: { durationMinutes: 30, kind: 'unknown' }, schemaVersion: 3 },
    { data: { durationMinutes: 45, kind: 'unknown' }, schemaVersion: 3 },
    { data: { durationMinutes: 60, kind: 'visit' }, schemaVersion: 3 },
    { data: { arm: 'comparison' }, schemaVersion: 1 },
  ];
  const payloads = (events: readonly RecordedEvent[]) =>
    events.map(({ data, metadata }) => ({ data, schemaVersion: metadata.schemaVersion }));

  it('lifts old events to the current schema version along the chain, and leaves current ones and other types be', async () => {
    expect(payloads(await sut.readStream(stream))).toEqual(upcastStream);
  });

  it.each([
    ['readAll', (store: UpcastingEventStore) => store.readAll({ maxCount: 10 })],
    ['replay', (store: UpcastingEventStore) => collect(store.replay({ pageSize: 3 }))],
    ['subscribeToAll', (store: UpcastingEventStore) => receiveFromSubscription(store, 4)],
  ])('lifts the events that %s delivers', async (_, read) => {
    expect(payloads(await read(sut))).toEqual(upcastStream);
  });

  it('keeps every other part of the event as stored', async () => {
    const [stored] = await inner.readStream(stream);
    const [lifted] = await sut.readStream(stream);

    expect(lifted).toEqual({
      ...stored,
      data: { durationMinutes: 30, kind: 'unknown' },
      metadata: { ...stored!.metadata, schemaVersion: 3 },
    });
  });

  it('stores appended events as written', async () => {
    expect(payloads(await inner.readStream(stream, { maxCount: 1 }))).toEqual([
      { data: { minutes: 30 }, schemaVersion: 1 },
    ]);
  });

  it('rejects two upcasters lifting the same type from the same schema version', () => {
    expect(() => new UpcastingEventStore(inner, [renameMinutes, { ...renameMinutes }])).toThrow(
      'Two upcasters lift ActivityAttended from schema version 1',
    );
  });

  it('rejects a chain with a missing link', () => {
    const fromVersion3 = { ...addKind, fromSchemaVersion: 3 };

    expect(() => new UpcastingEventStore(inner, [renameMinutes, fromVersion3])).toThrow(
      'No upcaster lifts ActivityAttended from schema version 2',
    );
  });
});

async function receiveFromSubscription(store: UpcastingEventStore, count: number): Promise<RecordedEvent[]> {
  const subscriber = new RecordingSubscriber(store);
  await subscriber.reach((await store.readHeadPosition())!);
  const delivered = await subscriber.stop();
  expect(delivered).toHaveLength(count);
  return delivered;
}

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}
