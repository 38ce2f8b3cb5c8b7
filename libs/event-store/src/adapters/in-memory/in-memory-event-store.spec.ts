import { aStreamName, runEventStoreContract, someNewEvents } from '../../testing';
import { InMemoryEventStore } from './in-memory-event-store';

runEventStoreContract(InMemoryEventStore.name, { create: async () => new InMemoryEventStore() });

describe(InMemoryEventStore.name, () => {
  it('keeps recordedAt from going back when the clock steps back', async () => {
    const clock = ['2025-06-01T12:00:00.000Z', '2025-06-01T11:59:00.000Z'];
    const sut = new InMemoryEventStore(() => new Date(clock.shift()!));
    const stream = aStreamName();

    await sut.appendToStream(stream, someNewEvents(1));
    await sut.appendToStream(stream, someNewEvents(1));

    const recordedAt = (await sut.readStream(stream)).map((event) => event.metadata.recordedAt);
    expect(recordedAt).toEqual(['2025-06-01T12:00:00.000Z', '2025-06-01T12:00:00.000Z']);
  });
});
