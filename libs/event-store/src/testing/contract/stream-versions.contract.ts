import { WrongExpectedVersionError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { ANY_VERSION, type ExpectedVersion, NO_STREAM } from '../../expected-version';
import { aStreamName, someNewEvents } from '../test-events';

export function streamVersions(sut: () => EventStore): void {
  describe('stream versions', () => {
    it('numbers the events of a stream from 0 without gaps across appends', async () => {
      const stream = aStreamName();

      const results = [
        await sut().appendToStream(stream, someNewEvents(2)),
        await sut().appendToStream(stream, someNewEvents(3)),
        await sut().appendToStream(stream, someNewEvents(1)),
      ];

      expect(results.map((result) => result.nextExpectedVersion)).toEqual([1, 4, 5]);
      expect((await sut().readStream(stream)).map((event) => event.streamVersion)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(await sut().readStreamVersion(stream)).toBe(5);
    });

    it('numbers each stream on its own', async () => {
      const [first, second] = [aStreamName(), aStreamName()];

      await sut().appendToStream(first, someNewEvents(3));
      await sut().appendToStream(second, someNewEvents(2));
      await sut().appendToStream(first, someNewEvents(1));

      expect((await sut().readStream(first)).map((event) => event.streamVersion)).toEqual([0, 1, 2, 3]);
      expect((await sut().readStream(second)).map((event) => event.streamVersion)).toEqual([0, 1]);
    });

    it('reads a stream from a version, at most maxCount events', async () => {
      const stream = aStreamName();
      const events = someNewEvents(6);
      await sut().appendToStream(stream, events);

      const ids = async (options: { fromVersion?: number; maxCount?: number }) =>
        (await sut().readStream(stream, options)).map((event) => event.id);

      expect(await ids({ fromVersion: 4 })).toEqual([events[4]!.id, events[5]!.id]);
      expect(await ids({ fromVersion: 1, maxCount: 2 })).toEqual([events[1]!.id, events[2]!.id]);
      expect(await ids({ maxCount: 1 })).toEqual([events[0]!.id]);
      expect(await ids({ fromVersion: 6 })).toEqual([]);
    });
  });

  describe('expected versions', () => {
    it('appends to a new stream when it expects no stream', async () => {
      const stream = aStreamName();

      const result = await sut().appendToStream(stream, someNewEvents(2), { expectedVersion: NO_STREAM });

      expect(result.nextExpectedVersion).toBe(1);
      expect(await sut().readStream(stream)).toHaveLength(2);
    });

    it('appends when it expects the version the stream is at', async () => {
      const stream = aStreamName();
      const first = await sut().appendToStream(stream, someNewEvents(2));

      const second = await sut().appendToStream(stream, someNewEvents(1), {
        expectedVersion: first.nextExpectedVersion,
      });

      expect(second.nextExpectedVersion).toBe(2);
    });

    it('appends whatever the version when it expects any version, or says nothing', async () => {
      const stream = aStreamName();

      await sut().appendToStream(stream, someNewEvents(1), { expectedVersion: ANY_VERSION });
      await sut().appendToStream(stream, someNewEvents(1), { expectedVersion: ANY_VERSION });
      await sut().appendToStream(stream, someNewEvents(1));

      expect(await sut().readStreamVersion(stream)).toBe(2);
    });

    it.each<{ situation: string; storedBefore: number; expectedVersion: ExpectedVersion }>([
      { situation: 'no stream, but the stream exists', storedBefore: 2, expectedVersion: NO_STREAM },
      { situation: 'a version the stream has moved past', storedBefore: 2, expectedVersion: 0 },
      { situation: 'a version the stream has not reached', storedBefore: 2, expectedVersion: 5 },
      { situation: 'a version of a stream that does not exist', storedBefore: 0, expectedVersion: 0 },
    ])('rejects an append expecting $situation, storing nothing', async ({ storedBefore, expectedVersion }) => {
      const stream = aStreamName();
      if (storedBefore > 0) await sut().appendToStream(stream, someNewEvents(storedBefore));
      const headBefore = await sut().readHeadPosition();

      const append = sut().appendToStream(stream, someNewEvents(2), { expectedVersion });

      await expect(append).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(append).rejects.toMatchObject({ code: 'event-store.wrong-expected-version', stream });
      expect(await sut().readStream(stream)).toHaveLength(storedBefore);
      expect(await sut().readHeadPosition()).toBe(headBefore);
    });
  });
}
