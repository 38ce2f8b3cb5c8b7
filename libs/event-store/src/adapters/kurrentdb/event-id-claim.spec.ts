import type { RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { EVENT_ID_CLAIMED, claimFor, claimedStream } from './event-id-claim';

function recorded(type: string, data: Record<string, unknown>): KurrentRecordedEvent {
  return {
    streamId: 'eventid-6f1c9a52-8d0e-4f5e-9c1b-0d3f4e5a6b7c',
    id: '0b7e2c41-3a9d-4c8e-8f6a-1e2d3c4b5a69',
    isJson: true,
    revision: 0n,
    type,
    created: new Date('2025-06-01T12:00:00.000Z'),
    data,
    metadata: undefined,
  };
}

describe(claimFor.name, () => {
  it('claims for a stream with a $-typed JSON event naming it', () => {
    expect(claimFor('participant-1')).toMatchObject({
      type: EVENT_ID_CLAIMED,
      contentType: 'application/json',
      data: { stream: 'participant-1' },
    });
    expect(EVENT_ID_CLAIMED.startsWith('$')).toBe(true);
  });

  it('gives every claim an id of its own', () => {
    expect(claimFor('participant-1').id).not.toBe(claimFor('participant-1').id);
  });
});

describe(claimedStream.name, () => {
  it('reads the stream a claim names', () => {
    expect(claimedStream(recorded(EVENT_ID_CLAIMED, { stream: 'participant-1' }))).toBe('participant-1');
  });

  it.each([
    { what: 'an event of another type', event: recorded('ParticipantEnrolled', { stream: 'participant-1' }) },
    { what: 'a claim naming no stream', event: recorded(EVENT_ID_CLAIMED, {}) },
  ])('rejects $what', ({ event }) => {
    expect(() => claimedStream(event)).toThrow(/not an event-id claim/);
  });
});
