import { WrongExpectedVersionError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { type ExpectedVersion, NO_STREAM } from '../../expected-version';
import { appendRetryingOnConflict } from '../append-retrying-on-conflict';
import { aStreamName, someNewEvents } from '../test-events';

const WRITERS = 20;
const ROUNDS = 5;

export function optimisticConcurrency(sut: () => EventStore): void {
  describe('optimistic concurrency', () => {
    it(`lets exactly one of ${WRITERS} writers racing on the same version win each round, losing no event`, async () => {
      const stream = aStreamName();
      const winners: string[] = [];
      let expectedVersion: ExpectedVersion = NO_STREAM;

      for (let round = 0; round < ROUNDS; round++) {
        const contenders = someNewEvents(WRITERS);
        const outcomes = await Promise.allSettled(
          contenders.map((event) => sut().appendToStream(stream, [event], { expectedVersion })),
        );

        const won = contenders.filter((_, writer) => outcomes[writer]!.status === 'fulfilled');
        const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
        expect(won).toHaveLength(1);
        expect(lost).toEqual(Array(WRITERS - 1).fill(expect.any(WrongExpectedVersionError)));
        winners.push(won[0]!.id);
        expectedVersion = round;
      }

      const stored = await sut().readStream(stream);
      expect(stored.map((event) => event.id)).toEqual(winners);
      expect(stored.map((event) => event.streamVersion)).toEqual(winners.map((_, version) => version));
    }, 30_000);

    it(`lands each of ${WRITERS} writers exactly once when they re-read and retry on conflict`, async () => {
      const stream = aStreamName();
      const events = someNewEvents(WRITERS);

      await Promise.all(events.map((event) => appendRetryingOnConflict(sut(), stream, event)));

      const stored = await sut().readStream(stream);
      expect(stored.map((event) => event.id).sort()).toEqual(events.map((event) => event.id).sort());
      expect(stored.map((event) => event.streamVersion)).toEqual(events.map((_, version) => version));
    }, 30_000);
  });
}
