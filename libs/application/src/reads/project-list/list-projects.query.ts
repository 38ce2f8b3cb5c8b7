import { Query } from '@nestjs/cqrs';
import type { CalendarDate, InterventionType } from '@outcome/domain';
import type { ViewRequest } from '../view-read-points';
import type { ViewerPrincipal } from '../visible-projects';

/** A project as its readers see it, with how many are enrolled per arm (a funder's counts from 1 to k − 1 null). */
export interface ProjectSummary {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly targetGroup: string | null;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  readonly instruments: readonly string[];
  readonly hasComparisonGroup: boolean;
  readonly enrolled: { readonly intervention: number | null; readonly comparison: number | null };
}

export interface ProjectList {
  readonly projects: readonly ProjectSummary[];
  readonly asOf: string;
  readonly position: string | null;
}

/** `GET /api/projects`: an organisation's own projects, or those granted to a funder or evaluator. */
export class ListProjectsQuery extends Query<ProjectList> {
  constructor(
    readonly principal: ViewerPrincipal,
    readonly request: ViewRequest,
  ) {
    super();
  }
}

/** `GET /api/projects/{projectId}`. */
export class GetProjectQuery extends Query<ProjectSummary> {
  constructor(
    readonly projectId: string,
    readonly principal: ViewerPrincipal,
    readonly request: ViewRequest,
  ) {
    super();
  }
}
