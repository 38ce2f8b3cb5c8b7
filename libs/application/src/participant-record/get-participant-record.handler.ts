import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ParticipantNotFoundError, participantStream } from '@outcome/domain';
import { EventStore } from '@outcome/event-store';
import { organisationOf } from '../write/organisation-principal';
import { GetParticipantRecordQuery } from './get-participant-record.query';
import { type ParticipantRecord, participantRecordOf } from './participant-record';

/** Read from the participant's own stream, so a write is visible the moment it is acknowledged. */
@QueryHandler(GetParticipantRecordQuery)
export class GetParticipantRecordHandler implements IQueryHandler<GetParticipantRecordQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ participantId, principal }: GetParticipantRecordQuery): Promise<ParticipantRecord> {
    const events = await this.store.readStream(participantStream(participantId));
    const organisationId = events[0]?.data['organisationId'];
    const record = participantRecordOf(events);
    if (!record || organisationId !== organisationOf(principal)) throw new ParticipantNotFoundError(participantId);
    return record;
  }
}
