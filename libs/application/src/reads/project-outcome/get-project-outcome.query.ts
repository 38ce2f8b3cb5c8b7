import { Query } from '@nestjs/cqrs';
import type { OutcomeAnswer } from '../outcomes/outcome-answer';
import type { OutcomeRequest } from '../outcomes/outcome-request';
import type { ViewerPrincipal } from '../visible-projects';

/** `GET /api/projects/{projectId}/outcomes`: one project's Outcome on one instrument scale. */
export class GetProjectOutcomeQuery extends Query<OutcomeAnswer> {
  constructor(
    readonly projectId: string,
    readonly principal: ViewerPrincipal,
    readonly request: OutcomeRequest,
  ) {
    super();
  }
}
