import type { RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { aNewEvent } from '@outcome/event-store/testing';
import { encodeMetadata } from './kurrentdb-metadata';
import { toEventData, toRecordedEvent } from './kurrentdb-events';

const event = aNewEvent({ type: 'ContactLogged', data: { minutes: 45, kind: 'visit' } });
const read: KurrentRecordedEvent = {
  streamId: 'run-42/participant-1',
  id: event.id,
  isJson: true,
  revision: 3n,
  type: event.type,
  created: new Date('2025-06-01T12:00:00.123Z'),
  data: { minutes: 45, kind: 'visit' },
  metadata: encodeMetadata(event.metadata),
  position: { commit: 8_192n, prepare: 8_192n },
};

describe(toEventData.name, () => {
  it('appends our id, type and data as JSON, with the metadata flattened', () => {
    expect(toEventData(event)).toEqual({
      id: event.id,
      contentType: 'application/json',
      type: 'ContactLogged',
      data: event.data,
      metadata: encodeMetadata(event.metadata),
    });
  });
});

describe(toRecordedEvent.name, () => {
  it('reads an event back in our stream, at our version and position, stamped by the server', () => {
    expect(toRecordedEvent(read, 'participant-1')).toEqual({
      id: event.id,
      type: 'ContactLogged',
      stream: 'participant-1',
      streamVersion: 3,
      position: 8_192n,
      data: { minutes: 45, kind: 'visit' },
      metadata: { ...event.metadata, recordedAt: '2025-06-01T12:00:00.123Z' },
    });
  });

  it('rejects an event with binary data, which this store never writes', () => {
    const binary = { ...read, isJson: false, data: new Uint8Array([1]) } as KurrentRecordedEvent;

    expect(() => toRecordedEvent(binary, 'participant-1')).toThrow(/not JSON/);
  });

  it('rejects an event read without a position, as servers before 22.6 read them', () => {
    expect(() => toRecordedEvent({ ...read, position: undefined }, 'participant-1')).toThrow(/without a position/);
  });
});
