import type { ActingOrganisation } from '../shared/actor';
import type { CalendarDate } from '../shared/calendar-date';
import type { InterventionType } from '../shared/vocabulary';

export interface RegisterProject extends ActingOrganisation {
  readonly type: 'RegisterProject';
  readonly projectId: string;
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly targetGroup: string | null;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  readonly instruments: readonly string[];
  readonly hasComparisonGroup: boolean;
}

export type ProjectCommand = RegisterProject;
