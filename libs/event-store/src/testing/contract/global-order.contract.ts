import type { RecordedEvent } from '../../event';
import type { EventStore } from '../../event-store.port';
import { aStreamName, someNewEvents } from '../test-events';
import { expectStrictlyIncreasingPositions } from './expect-strictly-increasing-positions';

export function globalOrder(sut: () => EventStore): void {
  describe('global order', () => {
    it('answers no head position and no events for an empty store', async () => {
      expect(await sut().readHeadPosition()).toBeNull();
      expect(await sut().readAll({ maxCount: 10 })).toEqual([]);
    });

    it('gives every event a global position, strictly increasing in the order of the appends', async () => {
      const streams = [aStreamName(), aStreamName(), aStreamName()];
      const appended: string[] = [];
      for (let append = 0; append < 12; append++) {
        const events = someNewEvents(1 + (append % 2));
        await sut().appendToStream(streams[append % streams.length]!, events);
        appended.push(...events.map((event) => event.id));
      }

      const all = await sut().readAll({ maxCount: 1000 });

      expect(all.map((event) => event.id)).toEqual(appended);
      expectStrictlyIncreasingPositions(all);
    });

    it('finds the last position recorded by an instant: none before the first event, the head after the last', async () => {
      const stamps: { position: bigint; recordedAt: number }[] = [];
      for (let append = 0; append < 7; append++) {
        await sut().appendToStream(aStreamName(), someNewEvents(1 + (append % 3)));
        if (append % 2 === 0) await new Promise((resolve) => setTimeout(resolve, 3));
      }
      for (const event of await sut().readAll({ maxCount: 1000 })) {
        stamps.push({ position: event.position, recordedAt: Date.parse(event.metadata.recordedAt) });
      }
      const expected = (instant: number) =>
        stamps.filter((stamp) => stamp.recordedAt <= instant).at(-1)?.position ?? null;

      for (const instant of [
        stamps[0]!.recordedAt - 1,
        ...stamps.map((stamp) => stamp.recordedAt),
        Date.now() + 1000,
      ]) {
        expect(await sut().readPositionRecordedBy(new Date(instant))).toBe(expected(instant));
      }
      expect(await sut().readPositionRecordedBy(new Date(stamps[0]!.recordedAt - 1))).toBeNull();
      expect(await sut().readPositionRecordedBy(new Date(Date.now() + 1000))).toBe(stamps.at(-1)!.position);
    });

    it('reads its own writes as soon as the append resolves', async () => {
      const stream = aStreamName();
      await sut().appendToStream(aStreamName(), someNewEvents(2));
      const headBefore = (await sut().readHeadPosition())!;
      const events = someNewEvents(2);

      const result = await sut().appendToStream(stream, events);

      const inStream = await sut().readStream(stream);
      expect(inStream.map((event) => event.id)).toEqual(events.map((event) => event.id));
      expect(inStream[1]!.position).toBe(result.position);
      expect(await sut().readStreamVersion(stream)).toBe(1);
      expect(await sut().readHeadPosition()).toBe(result.position);
      expect((await sut().readAll({ after: headBefore, maxCount: 10 })).map((event) => event.id)).toEqual(
        events.map((event) => event.id),
      );
    });

    it('pages through all events, after a position (exclusive), maxCount at a time', async () => {
      await sut().appendToStream(aStreamName(), someNewEvents(4));
      await sut().appendToStream(aStreamName(), someNewEvents(6));
      const all = await sut().readAll({ maxCount: 1000 });

      const pages: RecordedEvent[][] = [];
      let after: bigint | undefined;
      for (;;) {
        const page = await sut().readAll({ after, maxCount: 3 });
        if (page.length === 0) break;
        pages.push(page);
        after = page[page.length - 1]!.position;
      }

      expect(pages.map((page) => page.length)).toEqual([3, 3, 3, 1]);
      expect(pages.flat()).toEqual(all);
      expect(after).toBe(await sut().readHeadPosition());
    });

    it('replays every event in global order, across pages and after a position', async () => {
      for (let append = 0; append < 5; append++) await sut().appendToStream(aStreamName(), someNewEvents(3));
      const all = await sut().readAll({ maxCount: 1000 });

      const everything: RecordedEvent[] = [];
      for await (const event of sut().replay({ pageSize: 4 })) everything.push(event);
      const rest: RecordedEvent[] = [];
      for await (const event of sut().replay({ after: all[5]!.position, pageSize: 4 })) rest.push(event);

      expect(everything).toEqual(all);
      expect(rest).toEqual(all.slice(6));
    });
  });
}
