import { randomUUID } from 'node:crypto';
import { type RecordMeasurement, WaveAlreadyRecordedError } from '@outcome/domain';
import { InMemoryEventStore } from '@outcome/event-store';
import { ParticipantWriter } from './participant-writer';
import { StreamWriteQueue } from './stream-write-queue';
import { CONTEXT, enrolledBeforeReservations, ORGANISATION, registeredProject } from './testing/write-fixtures';

const measurement = (participantId: string, wave: number): RecordMeasurement => ({
  type: 'RecordMeasurement',
  participantId,
  organisationId: ORGANISATION,
  measurementId: randomUUID(),
  instrument: 'djg-6',
  wave,
  takenOn: '2026-01-06',
  responses: ['yes', 'no', 'no', 'yes', 'yes', 'yes'],
});

describe(`${ParticipantWriter.name}'s folded states`, () => {
  it('decides on what another writer (another process) appended since its own last write', async () => {
    const store = new InMemoryEventStore();
    const participantId = await enrolledBeforeReservations(store, await registeredProject(store), 'P-1');
    const [sut, other] = [
      new ParticipantWriter(store, new StreamWriteQueue()),
      new ParticipantWriter(store, new StreamWriteQueue()),
    ];
    await sut.handle(measurement(participantId, 0), CONTEXT);

    await other.handle(measurement(participantId, 1), CONTEXT);

    await expect(sut.handle(measurement(participantId, 1), CONTEXT)).rejects.toThrow(WaveAlreadyRecordedError);
    const recorded = await sut.handle(measurement(participantId, 2), CONTEXT);
    expect(recorded.nextExpectedVersion).toBe(3);
  });

  it('lands the writes of two writers racing on one participant, each deciding again on a clash', async () => {
    const store = new InMemoryEventStore();
    const participantId = await enrolledBeforeReservations(store, await registeredProject(store), 'P-1');
    const writers = [
      new ParticipantWriter(store, new StreamWriteQueue()),
      new ParticipantWriter(store, new StreamWriteQueue()),
    ];
    await Promise.all(
      writers.map((writer) => writer.handle(measurement(participantId, 0), CONTEXT).catch(() => undefined)),
    );

    const outcomes = await Promise.allSettled(
      [1, 2, 3, 4].map((wave) => writers[wave % 2]!.handle(measurement(participantId, wave), CONTEXT)),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const waves = (await store.readStream(`participant-${participantId}`)).flatMap((event) =>
      event.type === 'MeasurementRecorded' ? [event.data['wave']] : [],
    );
    expect([...waves].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
