import { Query } from '@nestjs/cqrs';
import type { ViewRequest } from '../view-read-points';
import type { ViewerPrincipal } from '../visible-projects';

/** One calendar month of a project's enrolment; for a funder, counts from 1 to k − 1 are null. */
export interface EnrolmentPeriod {
  /** `YYYY-MM`. */
  readonly period: string;
  /** Enrolled in the month. */
  readonly enrolled: number | null;
  /** Left in the month. */
  readonly exited: number | null;
  /** Enrolled and not yet left at the month's end. */
  readonly active: number | null;
  /** With any measurement taken in the month. */
  readonly measured: number | null;
}

export interface ProjectEnrolment {
  readonly projectId: string;
  readonly interval: 'month';
  readonly asOf: string;
  readonly position: string | null;
  readonly rows: readonly EnrolmentPeriod[];
}

/** `GET /api/projects/{projectId}/enrolment?interval=month`. */
export class GetProjectEnrolmentQuery extends Query<ProjectEnrolment> {
  constructor(
    readonly projectId: string,
    readonly principal: ViewerPrincipal,
    readonly request: ViewRequest,
  ) {
    super();
  }
}
