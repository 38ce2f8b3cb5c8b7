import { Command } from '@nestjs/cqrs';
import type { AgeBand, Arm, CalendarDate, Gender, PersonalDetails, RiskFactor } from '@outcome/domain';
import type { WriteContext, Written } from '../write/write-context';

export interface EnrolmentInput {
  readonly reference?: string | null;
  readonly arm: Arm;
  readonly enrolledOn: CalendarDate;
  readonly ageBand: AgeBand;
  readonly gender?: Gender | null;
  readonly riskFactors?: readonly RiskFactor[];
  readonly consent: { readonly givenOn: CalendarDate };
  readonly personal?: PersonalDetails | null;
}

export interface ParticipantEnrolledResult extends Written {
  readonly id: string;
}

export class EnrolParticipantCommand extends Command<ParticipantEnrolledResult> {
  constructor(
    readonly projectId: string,
    readonly enrolment: EnrolmentInput,
    readonly context: WriteContext,
  ) {
    super();
  }
}
