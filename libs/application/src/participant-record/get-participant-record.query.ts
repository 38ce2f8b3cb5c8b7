import { Query } from '@nestjs/cqrs';
import type { Principal } from '../identity/principal';
import type { ParticipantRecord } from './participant-record';

export class GetParticipantRecordQuery extends Query<ParticipantRecord> {
  constructor(
    readonly participantId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}
