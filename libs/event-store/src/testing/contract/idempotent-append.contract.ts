import { randomUUID } from 'node:crypto';
import { EventIdConflictError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { ANY_VERSION, NO_STREAM } from '../../expected-version';
import { aNewEvent, aStreamName, someNewEvents } from '../test-events';

export function idempotentAppends(sut: () => EventStore): void {
  describe('idempotent appends', () => {
    it('answers a repeated batch with the original result and stores nothing twice', async () => {
      const stream = aStreamName();
      const batch = someNewEvents(3);
      const original = await sut().appendToStream(stream, batch, { expectedVersion: NO_STREAM });
      await sut().appendToStream(stream, someNewEvents(2));
      const headBefore = await sut().readHeadPosition();

      const retryAsBefore = await sut().appendToStream(stream, batch, { expectedVersion: NO_STREAM });
      const retryExpectingAny = await sut().appendToStream(stream, batch, { expectedVersion: ANY_VERSION });

      expect(retryAsBefore).toEqual(original);
      expect(retryExpectingAny).toEqual(original);
      expect(await sut().readStream(stream)).toHaveLength(5);
      expect(await sut().readHeadPosition()).toBe(headBefore);
    });

    it.each([
      { overlap: 'the last event of a stored batch, then a new one', batch: ['second', 'fresh'] },
      { overlap: 'a whole stored batch, then a new event', batch: ['first', 'second', 'fresh'] },
      { overlap: 'a new event, then a whole stored batch', batch: ['fresh', 'first', 'second'] },
    ] as const)('rejects a batch holding $overlap, storing none of it', async ({ batch }) => {
      const stream = aStreamName();
      const ids = { first: randomUUID(), second: randomUUID(), fresh: randomUUID() };
      await sut().appendToStream(stream, [aNewEvent({ id: ids.first }), aNewEvent({ id: ids.second })]);

      const append = sut().appendToStream(
        stream,
        batch.map((name) => aNewEvent({ id: ids[name] })),
      );

      await expect(append).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(append).rejects.toMatchObject({ code: 'event-store.event-id-conflict', stream });
      expect((await sut().readStream(stream)).map((event) => event.id)).toEqual([ids.first, ids.second]);
    });

    it('rejects a stored event appended to another stream, storing nothing there', async () => {
      const [original, other] = [aStreamName(), aStreamName()];
      const event = aNewEvent();
      await sut().appendToStream(original, [event]);

      const append = sut().appendToStream(other, [event]);

      await expect(append).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await sut().readStream(other)).toEqual([]);
    });

    it('rejects a batch holding the same event id twice, storing nothing', async () => {
      const stream = aStreamName();
      const event = aNewEvent();

      const append = sut().appendToStream(stream, [event, aNewEvent({ id: event.id })]);

      await expect(append).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await sut().readStream(stream)).toEqual([]);
    });
  });
}
