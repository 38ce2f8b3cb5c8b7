import { randomUUID } from 'node:crypto';
import type { ParticipantCommand } from '@outcome/domain';
import {
  type EventStore,
  InMemoryEventStore,
  InMemorySubjectKeyStore,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@outcome/event-store';
import { EnrolmentWriter } from './enrolment-writer';
import { ParticipantWriter } from './participant-writer';
import { StreamWriteQueue } from './stream-write-queue';
import { writeOptions } from './write-context';
import {
  CONTEXT,
  enrolledBeforeReservations,
  enrolmentIn,
  ORGANISATION,
  registeredProject,
} from './testing/write-fixtures';

/** An in-memory store that counts the events a write reads through the port. */
class CountingEventStore extends InMemoryEventStore {
  eventsRead = 0;

  override async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await super.readStream(stream, options);
    this.eventsRead += events.length;
    return events;
  }
}

/**
 * A project with `size` enrolled participants, as the deciders recorded them before references
 * had reservation streams; answers its id and its last participant.
 */
async function projectOf(store: EventStore, size: number): Promise<{ projectId: string; participantId: string }> {
  const projectId = await registeredProject(store);
  let participantId = '';
  for (let i = 0; i < size; i++) participantId = await enrolledBeforeReservations(store, projectId, `P-${i}`);
  return { projectId, participantId };
}

/** How many events one write of the command reads, in a project of `size` participants. */
async function eventsReadBy(command: (participantId: string) => ParticipantCommand, size: number): Promise<number> {
  const store = new CountingEventStore();
  const { participantId } = await projectOf(store, size);
  store.eventsRead = 0;
  await new ParticipantWriter(store, new StreamWriteQueue()).handle(command(participantId), CONTEXT);
  return store.eventsRead;
}

/**
 * How many events an enrolment with a new reference reads in a project of `size` participants,
 * once the project's roster was taken over by a first enrolment after the upgrade (which reads it once).
 */
async function eventsReadByEnrolment(size: number): Promise<{ takingOver: number; enrolling: number }> {
  const store = new CountingEventStore();
  const { projectId } = await projectOf(store, size);
  const writer = new EnrolmentWriter(store, new InMemorySubjectKeyStore(), new StreamWriteQueue());
  store.eventsRead = 0;
  await writer.enrol(enrolmentIn(projectId, 'first-after-upgrade'), writeOptions(CONTEXT));
  const takingOver = store.eventsRead;
  store.eventsRead = 0;
  await writer.enrol(enrolmentIn(projectId, 'N-1'), writeOptions(CONTEXT));
  // A writer of another process (or after a restart) knows nothing yet of the project.
  await new EnrolmentWriter(store, new InMemorySubjectKeyStore(), new StreamWriteQueue()).enrol(
    enrolmentIn(projectId, 'N-2'),
    writeOptions(CONTEXT),
  );
  return { takingOver, enrolling: store.eventsRead };
}

describe(ParticipantWriter.name, () => {
  const commands: Record<string, (participantId: string) => ParticipantCommand> = {
    'a measurement': (participantId) => ({
      type: 'RecordMeasurement',
      participantId,
      organisationId: ORGANISATION,
      measurementId: randomUUID(),
      instrument: 'djg-6',
      wave: 0,
      takenOn: '2026-01-06',
      responses: ['yes', 'no', 'no', 'yes', 'yes', 'yes'],
    }),
    'a contact': (participantId) => ({
      type: 'LogContact',
      participantId,
      organisationId: ORGANISATION,
      contactId: randomUUID(),
      on: '2026-01-06',
      minutes: 30,
      kind: 'visit',
    }),
    'an exit': (participantId) => ({
      type: 'RecordExit',
      participantId,
      organisationId: ORGANISATION,
      on: '2026-01-06',
      reason: 'moved',
    }),
  };

  it.each(Object.keys(commands))(
    'reads as many events for a %s in a project of 5,000 as in a project of 5',
    async (name) => {
      const command = commands[name]!;

      const [small, large] = [await eventsReadBy(command, 5), await eventsReadBy(command, 5000)];

      expect(large).toBe(small);
      // The participant stream once (one event) and the project's registration once.
      expect(small).toBeLessThanOrEqual(2);
    },
  );

  it('reads as many events for an enrolment in a project of 5,000 as in a project of 5', async () => {
    const [small, large] = [await eventsReadByEnrolment(5), await eventsReadByEnrolment(5000)];

    expect(large.enrolling).toBe(small.enrolling);
    // Per enrolment: the registration (once per writer), no roster, and no reservation yet of a new reference.
    expect(small.enrolling).toBeLessThanOrEqual(2);
    // Only the enrolment that takes a roster over from before the upgrade reads it, once.
    expect(large.takingOver).toBeGreaterThan(5000);
  }, 30_000);
});
