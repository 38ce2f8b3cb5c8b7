import { Query } from '@nestjs/cqrs';
import type { OutcomeAnswer } from '../outcomes/outcome-answer';
import type { OutcomeRequest } from '../outcomes/outcome-request';
import type { ViewerPrincipal } from '../visible-projects';
import type { GroupBy } from './outcome-groups';

/** An Outcome of one group of an answer of `GET /api/outcomes`. */
export interface GroupedOutcome extends OutcomeAnswer {
  readonly group: string;
  /** Holm-adjusted p over the answer's rows (docs/statistics.md "Many rows at once"). */
  readonly pAdjusted: number | null;
}

export interface GroupedOutcomes {
  readonly groupBy: GroupBy;
  readonly instrument: string;
  readonly scale: string;
  readonly asOf: string;
  readonly position: string | null;
  /** Projects a funder may see but that are hidden at this scale, and so left out of pooled rows. */
  readonly projectsLeftOut: number;
  readonly rows: readonly GroupedOutcome[];
}

/** `GET /api/outcomes`: Outcomes over all visible projects, one row per group. */
export class GetGroupedOutcomesQuery extends Query<GroupedOutcomes> {
  constructor(
    readonly principal: ViewerPrincipal,
    readonly request: OutcomeRequest & { readonly groupBy?: GroupBy },
  ) {
    super();
  }
}
