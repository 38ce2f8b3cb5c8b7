import { Query } from '@nestjs/cqrs';
import type { Arm, CalendarDate } from '@outcome/domain';
import type { ReliableChangeClass } from '@outcome/statistics';
import type { ViewRequest } from '../view-read-points';
import type { ViewerPrincipal } from '../visible-projects';

/** One scored wave of a participant on one scale. */
export interface TrajectoryPoint {
  readonly instrument: string;
  readonly scale: string;
  readonly wave: number;
  readonly takenOn: CalendarDate;
  readonly measurementId: string;
  readonly score: number;
  /** From wave 0; null at wave 0 or without a baseline score. */
  readonly change: number | null;
  /** Against the reliable-change threshold of the participant's arm in the project; null where there is none. */
  readonly reliableChange: ReliableChangeClass | null;
}

export interface ParticipantTrajectory {
  readonly participantId: string;
  readonly arm: Arm;
  readonly enrolledOn: CalendarDate;
  readonly exitedOn: CalendarDate | null;
  readonly dose: { readonly contacts: number; readonly minutes: number };
  readonly asOf: string;
  readonly position: string | null;
  readonly scores: readonly TrajectoryPoint[];
}

/** `GET /api/projects/{projectId}/participants/{participantId}/trajectory`: for the participant's own organisation only. */
export class GetParticipantTrajectoryQuery extends Query<ParticipantTrajectory> {
  constructor(
    readonly projectId: string,
    readonly participantId: string,
    readonly principal: ViewerPrincipal,
    readonly request: ViewRequest,
  ) {
    super();
  }
}
