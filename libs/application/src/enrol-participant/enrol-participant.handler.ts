import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideEnrolment,
  participantStream,
  projectStream,
  type EnrolParticipant,
  type ParticipantEvent,
  type ProjectEvent,
} from '@outcome/domain';
import { EventStore, handleCommandAcrossStreams } from '@outcome/event-store';
import { organisationOf } from '../write/organisation-principal';
import { foldParticipant, foldProject } from '../write/participant-streams';
import { StreamWriteQueue } from '../write/stream-write-queue';
import { positionOf, writeOptions } from '../write/write-context';
import { EnrolParticipantCommand, type ParticipantEnrolledResult } from './enrol-participant.command';

@CommandHandler(EnrolParticipantCommand)
export class EnrolParticipantHandler implements ICommandHandler<EnrolParticipantCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly writes: StreamWriteQueue,
  ) {}

  async execute({ projectId, enrolment, context }: EnrolParticipantCommand): Promise<ParticipantEnrolledResult> {
    const participantId = randomUUID();
    const command: EnrolParticipant = {
      type: 'EnrolParticipant',
      participantId,
      projectId,
      organisationId: organisationOf(context.principal),
      reference: enrolment.reference ?? null,
      arm: enrolment.arm,
      enrolledOn: enrolment.enrolledOn,
      ageBand: enrolment.ageBand,
      gender: enrolment.gender ?? null,
      riskFactors: enrolment.riskFactors ?? [],
      consentGivenOn: enrolment.consent.givenOn,
      personal: enrolment.personal ?? null,
    };
    // Every enrolment changes the project's roster: queued on the project, as the participant is new.
    const streams = { project: projectStream(projectId), participant: participantStream(participantId) };
    const handled = await this.writes.run(streams.project, () =>
      handleCommandAcrossStreams<'project' | 'participant', ProjectEvent | ParticipantEvent>(
        this.store,
        streams,
        ({ project, participant }) => decideEnrolment(command, foldProject(project), foldParticipant(participant)),
        writeOptions(context, enrolment.enrolledOn),
      ),
    );
    return { id: participantId, position: positionOf(handled.position) };
  }
}
