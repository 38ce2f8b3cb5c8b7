import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EnrolParticipant } from '@outcome/domain';
import { EventStore, SubjectKeyStore } from '@outcome/event-store';
import { EnrolmentWriter } from '../write/enrolment-writer';
import { organisationOf } from '../write/organisation-principal';
import { StreamWriteQueue } from '../write/stream-write-queue';
import { positionOf, writeOptions } from '../write/write-context';
import { EnrolParticipantCommand, type ParticipantEnrolledResult } from './enrol-participant.command';

@CommandHandler(EnrolParticipantCommand)
export class EnrolParticipantHandler implements ICommandHandler<EnrolParticipantCommand> {
  private readonly enrolments: EnrolmentWriter;

  constructor(store: EventStore, keys: SubjectKeyStore, writes: StreamWriteQueue) {
    this.enrolments = new EnrolmentWriter(store, keys, writes);
  }

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
    const handled = await this.enrolments.enrol(command, writeOptions(context, enrolment.enrolledOn));
    return { id: participantId, position: positionOf(handled.position) };
  }
}
