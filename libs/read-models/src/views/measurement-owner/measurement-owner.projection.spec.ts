import { aloneWithKey } from '../../testing/evolve-context';
import type { MeasurementOwnerRow } from './measurement-owner.projection';
import type { RecordedEvent } from '@outcome/event-store';
import { measurementOwnerProjection as sut } from './measurement-owner.projection';

const event = (type: string, data: Record<string, unknown>) =>
  ({
    id: 'e',
    type,
    stream: 'participant-p1',
    streamVersion: 0,
    position: 1n,
    data: { participantId: 'p1', projectId: 'project-1', ...data },
    metadata: {
      recordedBy: 't',
      recordedAt: '2026-11-30T10:00:00.000Z',
      correlationId: 'c',
      causationId: null,
      schemaVersion: 1,
    },
  }) as RecordedEvent as Parameters<typeof sut.evolve>[1];

describe('measurementOwnerProjection', () => {
  it('remembers whose measurement an id is', () => {
    const recorded = event('MeasurementRecorded', { measurementId: 'm1' });

    expect(sut.keysOf(recorded)).toEqual([{ measurementId: 'm1' }]);
    expect(sut.evolve(null, recorded, aloneWithKey<MeasurementOwnerRow>({ measurementId: 'm1' }))).toEqual({
      measurementId: 'm1',
      participantId: 'p1',
      projectId: 'project-1',
    });
  });

  it('deletes every measurement of an erased participant', () => {
    const erased = event('ParticipantErased', {});

    expect(sut.keysOf(erased)).toEqual([{ participantId: 'p1' }]);
    expect(
      sut.evolve(
        { measurementId: 'm1', participantId: 'p1', projectId: 'project-1' },
        erased,
        aloneWithKey<MeasurementOwnerRow>({ measurementId: 'm1' }),
      ),
    ).toBeNull();
  });

  it('forgets every measurement of an erased participant, past versions included', () => {
    expect(sut.forget?.(event('ParticipantErased', {}))).toEqual([{ participantId: 'p1' }]);
  });
});
