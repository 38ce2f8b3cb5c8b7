import { EventIdConflictError, WrongExpectedVersionError } from '../../errors';
import type { EventStore, MultiStreamAppendResult, StreamAppend } from '../../event-store.port';
import { NO_STREAM } from '../../expected-version';
import { aNewEvent, aStreamName, someNewEvents } from '../test-events';

/** What a writer should be told. */
type Expected = 'stored' | 'original result' | 'version clash' | 'id conflict' | 'one of the racers';

interface Writer {
  readonly kind: Expected;
  readonly appends: readonly StreamAppend[];
}

/**
 * Fifty writers at once, as a store that gathers concurrent appends into one commit meets them:
 * most land, some clash, some retry, and each must get its own right answer whatever the others did.
 */
export function concurrentWriters(sut: () => EventStore): void {
  describe('fifty concurrent writers', () => {
    it('answers each writer rightly when some of them conflict', async () => {
      const shared = aStreamName('shared');
      const settled = aStreamName('settled');
      const stored = someNewEvents(3);
      await sut().appendToStream(settled, stored, { expectedVersion: NO_STREAM });
      const retried = someNewEvents(2);
      const retriedStream = aStreamName('retried');
      const writers: Writer[] = [
        // 20 on streams of their own: all land.
        ...Array.from({ length: 20 }, () => ({
          kind: 'stored' as const,
          appends: [{ stream: aStreamName('own'), events: someNewEvents(2), expectedVersion: NO_STREAM }],
        })),
        // 10 race to create one stream: exactly one lands.
        ...Array.from({ length: 10 }, () => ({
          kind: 'one of the racers' as const,
          appends: [{ stream: shared, events: someNewEvents(1), expectedVersion: NO_STREAM }],
        })),
        // 5 with a stale version of a stream that has three events: all clash.
        ...Array.from({ length: 5 }, () => ({
          kind: 'version clash' as const,
          appends: [{ stream: settled, events: someNewEvents(1), expectedVersion: 1 }],
        })),
        // 5 across two streams, one of them stale: nothing of them lands, not even on the fresh stream.
        ...Array.from({ length: 5 }, () => ({
          kind: 'version clash' as const,
          appends: [
            { stream: aStreamName('fresh'), events: someNewEvents(1), expectedVersion: NO_STREAM },
            { stream: settled, events: someNewEvents(1), expectedVersion: NO_STREAM },
          ],
        })),
        // 5 send the same batch (a client retrying while its first try is in flight): one result for all.
        ...Array.from({ length: 5 }, () => ({
          kind: 'original result' as const,
          appends: [{ stream: retriedStream, events: retried }],
        })),
        // 5 reuse an id already stored elsewhere: refused.
        ...Array.from({ length: 5 }, () => ({
          kind: 'id conflict' as const,
          appends: [{ stream: aStreamName('reused'), events: [aNewEvent({ id: stored[0]!.id })] }],
        })),
      ];

      const outcomes = await Promise.allSettled(writers.map(({ appends }) => sut().appendToStreams(appends)));

      const answered = (kind: Expected) =>
        outcomes.filter((_, index) => writers[index]!.kind === kind) as PromiseSettledResult<MultiStreamAppendResult>[];
      expect(answered('stored').every((outcome) => outcome.status === 'fulfilled')).toBe(true);
      const racers = answered('one of the racers');
      expect(racers.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(racers.filter((outcome) => outcome.status === 'rejected').map((outcome) => outcome.reason)).toEqual(
        Array(9).fill(expect.any(WrongExpectedVersionError)),
      );
      expect(answered('version clash').map((outcome) => (outcome as PromiseRejectedResult).reason)).toEqual(
        Array(10).fill(expect.any(WrongExpectedVersionError)),
      );
      expect(answered('id conflict').map((outcome) => (outcome as PromiseRejectedResult).reason)).toEqual(
        Array(5).fill(expect.any(EventIdConflictError)),
      );
      const retries = answered('original result').map(
        (outcome) => (outcome as PromiseFulfilledResult<MultiStreamAppendResult>).value,
      );
      expect(new Set(retries.map((result) => result.position)).size).toBe(1);

      // What each was told is what the store holds.
      expect((await sut().readStream(retriedStream)).map((event) => event.id)).toEqual(
        retried.map((event) => event.id),
      );
      expect((await sut().readStream(shared)).map((event) => event.streamVersion)).toEqual([0]);
      expect((await sut().readStream(settled)).map((event) => event.id)).toEqual(stored.map((event) => event.id));
      for (const [index, writer] of writers.entries()) {
        const outcome = outcomes[index]!;
        for (const [at, append] of writer.appends.entries()) {
          const ids = (await sut().readStream(append.stream)).map((event) => event.id);
          const landed = append.events.every((event) => ids.includes(event.id));
          expect({ writer: index, landed }).toEqual({ writer: index, landed: outcome.status === 'fulfilled' });
          if (outcome.status === 'fulfilled')
            expect(outcome.value.streams[at]!.nextExpectedVersion).toBe(ids.length - 1);
        }
      }
      const positions = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.position] : []));
      const distinct = [...new Set(positions)];
      // 20 own streams, one racer, one batch retried five times.
      expect(distinct).toHaveLength(22);
    }, 30_000);
  });
}
