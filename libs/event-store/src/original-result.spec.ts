import { aNewEvent, someNewEvents } from '@outcome/event-store/testing';
import type { NewEvent, RecordedEvent } from './event';
import { EventIdConflictError } from './errors';
import { originalResultOf } from './original-result';

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
