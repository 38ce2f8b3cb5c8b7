import { aNewEvent, someNewEvents } from '@outcome/event-store/testing';
import type { NewEvent, RecordedEvent } from '../../event';
import { EventIdConflictError } from '../../errors';
import { isClaimedByStream, originalResultOf } from './idempotent-retry';

const stream = 'participant-1';

function stored(events: readonly NewEvent[]): RecordedEvent[] {
  return events.map((event, version) => ({
    ...event,
    stream,
    streamVersion: version,
    position: BigInt(100 * (version + 1)),
    metadata: { ...event.metadata, recordedAt: '2025-06-01T12:00:00.000Z' },
  }));
}

describe(isClaimedByStream.name, () => {
  const batch = someNewEvents(3);

  it('finds a batch new when none of its ids is claimed', () => {
    expect(isClaimedByStream(stream, batch, [undefined, undefined, undefined])).toBe(false);
  });

  it('finds a batch stored when all of its ids are claimed by its stream', () => {
    expect(isClaimedByStream(stream, batch, [stream, stream, stream])).toBe(true);
  });

  it('rejects a batch of which only some ids are claimed, naming those', () => {
    const check = () => isClaimedByStream(stream, batch, [undefined, stream, undefined]);

    expect(check).toThrow(EventIdConflictError);
    expect(check).toThrow(expect.objectContaining({ stream, eventIds: [batch[1]!.id] }));
  });

  it('rejects a batch holding an id claimed by another stream', () => {
    expect(() => isClaimedByStream(stream, batch, [stream, 'participant-2', stream])).toThrow(EventIdConflictError);
  });
});

describe(originalResultOf.name, () => {
  const history = someNewEvents(5);

  it('answers the version and position of the batch last event', () => {
    expect(originalResultOf(stream, stored(history), history.slice(1, 3))).toEqual({
      nextExpectedVersion: 2,
      position: 300n,
    });
  });

  it.each([
    { what: 'in another order', batch: [history[2]!, history[1]!] },
    { what: 'apart from one another', batch: [history[1]!, history[3]!] },
    { what: 'with an event the stream does not hold', batch: [history[4]!, aNewEvent()] },
  ])('rejects stored events appended again $what', ({ batch }) => {
    expect(() => originalResultOf(stream, stored(history), batch)).toThrow(EventIdConflictError);
  });
});
