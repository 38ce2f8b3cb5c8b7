import { Query } from '@nestjs/cqrs';
import type { CalendarDate } from '@outcome/domain';
import type { ViewRequest } from '../view-read-points';
import type { ViewerPrincipal } from '../visible-projects';

/** A measurement a coordinator should take: the participant's next wave of one instrument. */
export interface MeasurementDue {
  readonly participantId: string;
  readonly reference: string | null;
  readonly instrument: string;
  /** Null when the instrument was never measured: the baseline is due. */
  readonly lastWave: number | null;
  readonly lastTakenOn: CalendarDate | null;
  readonly dueWave: number;
  /** `afterWeeks` weeks after the last measurement (the enrolment, for a baseline). */
  readonly dueSince: CalendarDate;
}

export interface MeasurementsDue {
  readonly projectId: string;
  readonly afterWeeks: number;
  readonly asOf: string;
  readonly position: string | null;
  readonly rows: readonly MeasurementDue[];
}

/** `GET /api/projects/{projectId}/measurements-due?afterWeeks=12`: the list a coordinator works through. */
export class GetMeasurementsDueQuery extends Query<MeasurementsDue> {
  constructor(
    readonly projectId: string,
    readonly principal: ViewerPrincipal,
    readonly request: ViewRequest & { readonly afterWeeks: number },
  ) {
    super();
  }
}
