import type { CalendarDate } from '../shared/calendar-date';
import type { Arm, InterventionType } from '../shared/vocabulary';

export interface ProjectRegistered {
  readonly type: 'ProjectRegistered';
  readonly data: {
    readonly projectId: string;
    readonly organisationId: string;
    readonly name: string;
    readonly interventionType: InterventionType;
    readonly targetGroup: string | null;
    readonly startsOn: CalendarDate;
    readonly endsOn: CalendarDate | null;
    readonly instruments: readonly string[];
    readonly hasComparisonGroup: boolean;
  };
}

/**
 * The project's roster gained a participant. It lets the project guard the uniqueness of
 * references and list its participants' streams; `reference` is personal (encrypted with the
 * participant's key), so an erased participant's reference is free again.
 */
export interface ParticipantAdded {
  readonly type: 'ParticipantAdded';
  readonly data: {
    readonly projectId: string;
    readonly organisationId: string;
    readonly participantId: string;
    readonly arm: Arm;
    readonly reference?: string | null;
  };
}

export type ProjectEvent = ProjectRegistered | ParticipantAdded;
