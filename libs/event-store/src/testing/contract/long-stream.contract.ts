import type { EventStore } from '../../event-store.port';
import { appendInBatches, aStreamName } from '../test-events';

const EVENTS = 10_000;
const BATCH_SIZE = 500;

export function longStreams(sut: () => EventStore): void {
  describe('long streams', () => {
    it(`reads back a stream of ${EVENTS} events whole, from a version, and through replay`, async () => {
      const stream = aStreamName();
      const appended = (await appendInBatches(sut(), stream, EVENTS, BATCH_SIZE)).map((event) => event.id);

      const whole = await sut().readStream(stream);
      const tail = await sut().readStream(stream, { fromVersion: EVENTS - 10 });
      const replayed: string[] = [];
      for await (const event of sut().replay()) replayed.push(event.id);

      expect(whole.map((event) => event.id)).toEqual(appended);
      expect(whole.map((event) => event.streamVersion)).toEqual(appended.map((_, version) => version));
      expect(tail.map((event) => event.id)).toEqual(appended.slice(-10));
      expect(await sut().readStreamVersion(stream)).toBe(EVENTS - 1);
      expect(replayed).toEqual(appended);
    }, 60_000);
  });
}
