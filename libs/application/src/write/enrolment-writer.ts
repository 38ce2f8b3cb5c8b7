import {
  decideEnrolment,
  participantStream,
  projectOf,
  projectStream,
  ReferenceAlreadyUsedError,
  type EnrolParticipant,
  type ParticipantEvent,
  type ProjectEvent,
} from '@outcome/domain';
import {
  type CommandHandledAcrossStreams,
  type EventStore,
  type HandleCommandOptions,
  handleCommandAcrossStreams,
  type SubjectKeyStore,
} from '@outcome/event-store';
import { foldParticipant } from './participant-streams';
import { ProjectRegistrations } from './project-registrations';
import { type ReferenceReserved, ReferenceReservations, referenceReserved } from './reference-reservations';
import { RosterReservations } from './roster-reservations';
import type { StreamWriteQueue } from './stream-write-queue';

type EnrolmentStream = 'project' | 'participant' | 'reservation';
type EnrolmentEvent = ProjectEvent | ParticipantEvent | ReferenceReserved;

/**
 * Enrols a participant reading a bounded number of events whatever the size of the project: the
 * project's registration (kept once read), the new participant's stream (empty), and, when a
 * reference is given, the last event of that reference's reservation stream. The roster gains
 * its `ParticipantAdded` without being read, the reservation guarding what the roster used to:
 * two enrolments racing for one reference clash on its reservation, and the second is decided
 * again and refused.
 */
export class EnrolmentWriter {
  private readonly projects: ProjectRegistrations;
  private readonly reservations: ReferenceReservations;
  private readonly rosters: RosterReservations;

  constructor(
    private readonly store: EventStore,
    keys: SubjectKeyStore,
    private readonly writes: StreamWriteQueue,
  ) {
    this.projects = new ProjectRegistrations(store);
    this.reservations = new ReferenceReservations(store, keys);
    this.rosters = new RosterReservations(store, this.reservations);
  }

  async enrol(
    command: EnrolParticipant,
    options: HandleCommandOptions,
  ): Promise<CommandHandledAcrossStreams<EnrolmentStream, EnrolmentEvent>> {
    const registration = await this.projects.find(command.projectId);
    const project = registration && projectOf(registration, command.organisationId);
    const participant = participantStream(command.participantId);
    // Not-found as the decision words it, before anything of the project is touched.
    if (!project)
      return this.decideAcross({ project: projectStream(command.projectId), participant }, command, options);
    await this.rosters.ensure(project.projectId, options);
    const reference = command.reference?.trim() || null;
    if (reference === null) {
      return this.writes.run(participant, () =>
        this.decideAcross({ project: projectStream(project.projectId), participant }, command, options),
      );
    }
    const reservation = await this.reservations.streamOf(project.projectId, reference);
    return this.writes.run(reservation, () =>
      this.decideAcross({ project: projectStream(project.projectId), participant, reservation }, command, options),
    );
  }

  private decideAcross(
    streams: Partial<Record<EnrolmentStream, string>> & Record<'project' | 'participant', string>,
    command: EnrolParticipant,
    options: HandleCommandOptions,
  ): Promise<CommandHandledAcrossStreams<EnrolmentStream, EnrolmentEvent>> {
    return handleCommandAcrossStreams<EnrolmentStream, EnrolmentEvent>(
      this.store,
      streams as Record<EnrolmentStream, string>,
      async ({ participant, reservation }) => {
        const registration = await this.projects.find(command.projectId);
        // The roster as far as this decision needs it: none of it; the reservation says whether the reference is taken.
        const project = registration ? { ...registration, roster: [] } : { status: 'unregistered' as const };
        const decision = decideEnrolment(command, project, foldParticipant(participant));
        if (!streams.reservation) return decision;
        if (await this.isTaken(reservation ?? [])) throw new ReferenceAlreadyUsedError(command.reference!.trim());
        return { ...decision, reservation: [referenceReserved(command.participantId)] };
      },
      options,
      { project: 'none', reservation: 'last' },
    );
  }

  private async isTaken(reservation: readonly { data: Record<string, unknown> }[]): Promise<boolean> {
    const holder = reservation.at(-1)?.data['participantId'];
    return typeof holder === 'string' && !(await this.reservations.isErased(holder));
  }
}
