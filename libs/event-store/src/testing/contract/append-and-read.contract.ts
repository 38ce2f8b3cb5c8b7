import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../event-store.port';
import { NO_STREAM } from '../../expected-version';
import { aNewEvent, aStreamName, someNewEvents } from '../test-events';

const ISO_8601_UTC_WITH_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// The store's clock may be a database server's, not this process's.
const CLOCK_SKEW_TOLERANCE_MS = 60_000;

export function appendingAndReadingBack(sut: () => EventStore): void {
  describe('appending and reading back', () => {
    it('reads back the ids, types, data and metadata it was given, in stream order', async () => {
      const stream = aStreamName();
      const events = [
        aNewEvent({
          type: 'ParticipantEnrolled',
          data: { participantId: randomUUID(), arm: 'intervention' },
          metadata: {
            recordedBy: 'token-coordinator',
            occurredAt: '2025-03-14',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            schemaVersion: 2,
          },
        }),
        aNewEvent({ type: 'ContactLogged', data: { minutes: 45, kind: 'visit' } }),
      ];

      await sut().appendToStream(stream, events);

      expect(await sut().readStream(stream)).toEqual(
        events.map((event, version) => ({
          id: event.id,
          type: event.type,
          stream,
          streamVersion: version,
          position: expect.any(BigInt),
          data: event.data,
          metadata: { ...event.metadata, recordedAt: expect.any(String) },
        })),
      );
    });

    it('keeps unicode text and nested JSON intact', async () => {
      const stream = aStreamName();
      const data = {
        name: 'Zoë Ørsted-Núñez, 李小龍, مرحبا, Ελένη, 👩‍👩‍👧, e\u0301, \u200d',
        escapes: 'she said "hi" \\ back\nnew line\ttab',
        empty: '',
        nested: { level: { deeper: { items: [1, 'two', { three: 3 }, [4, [5]]], nothing: null } } },
        numbers: { zero: 0, negative: -17, fraction: 0.1, largestSafe: Number.MAX_SAFE_INTEGER, tiny: 1e-7 },
        flags: [true, false],
        emptyObject: {},
        emptyArray: [],
      };
      const event = aNewEvent({ data, metadata: { ...aNewEvent().metadata, recordedBy: 'token-Zoë-👩‍👩‍👧' } });

      await sut().appendToStream(stream, [event]);

      const [read] = await sut().readStream(stream);
      expect(read?.data).toEqual(data);
      expect(read?.metadata.recordedBy).toBe('token-Zoë-👩‍👩‍👧');
    });

    it('keeps payloads as JSON: a date comes back as its ISO string, an undefined field is left out', async () => {
      const stream = aStreamName();
      const data = { takenOn: new Date('2025-03-14T09:30:00.000Z'), note: undefined, kept: 'yes' };

      await sut().appendToStream(stream, [aNewEvent({ data })]);

      const [read] = await sut().readStream(stream);
      expect(read?.data).toStrictEqual({ takenOn: '2025-03-14T09:30:00.000Z', kept: 'yes' });
    });

    it('stamps recordedAt itself, as an ISO 8601 UTC instant with milliseconds, ignoring one from the writer', async () => {
      const stream = aStreamName();
      const smuggled = { ...aNewEvent().metadata, recordedAt: '1999-12-31T23:59:59.999Z' };
      const before = Date.now();

      await sut().appendToStream(stream, [aNewEvent({ metadata: smuggled })]);

      const [read] = await sut().readStream(stream);
      const recordedAt = read!.metadata.recordedAt;
      expect(recordedAt).toMatch(ISO_8601_UTC_WITH_MILLISECONDS);
      expect(Date.parse(recordedAt)).toBeGreaterThanOrEqual(before - CLOCK_SKEW_TOLERANCE_MS);
      expect(Date.parse(recordedAt)).toBeLessThanOrEqual(Date.now() + CLOCK_SKEW_TOLERANCE_MS);
    });

    it('never lets recordedAt decrease along global positions', async () => {
      const streams = [aStreamName(), aStreamName(), aStreamName()];
      for (let append = 0; append < 30; append++) {
        await sut().appendToStream(streams[append % streams.length]!, someNewEvents(1 + (append % 3)));
      }

      const instants = (await sut().readAll({ maxCount: 1000 })).map((event) => Date.parse(event.metadata.recordedAt));
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
    });

    it('reads no events and no version for a stream that was never written', async () => {
      const stream = aStreamName();

      expect(await sut().readStream(stream)).toEqual([]);
      expect(await sut().readStreamVersion(stream)).toBe(NO_STREAM);
    });

    it('keeps what it stored apart from the objects the writer appended and the reader changed', async () => {
      const stream = aStreamName();
      const data = { answers: { item1: 2 } };
      await sut().appendToStream(stream, [aNewEvent({ data })]);
      data.answers.item1 = 3;
      const [firstRead] = await sut().readStream(stream);
      (firstRead!.data as typeof data).answers.item1 = 4;

      const [secondRead] = await sut().readStream(stream);
      expect(secondRead?.data).toEqual({ answers: { item1: 2 } });
    });

    it('rejects an append without events, storing nothing', async () => {
      const stream = aStreamName();

      await expect(sut().appendToStream(stream, [])).rejects.toThrow();

      expect(await sut().readStreamVersion(stream)).toBe(NO_STREAM);
    });
  });
}
