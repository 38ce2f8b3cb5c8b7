import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ViewReader } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import type { OutcomeAnswer } from '../outcomes/outcome-answer';
import { ViewReadPoints } from '../view-read-points';
import { GetProjectOutcomeQuery } from './get-project-outcome.query';
import { readProjectOutcome } from './read-project-outcome';

@QueryHandler(GetProjectOutcomeQuery)
export class GetProjectOutcomeHandler implements IQueryHandler<GetProjectOutcomeQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ projectId, principal, request }: GetProjectOutcomeQuery): Promise<OutcomeAnswer> {
    return readProjectOutcome(this.reader, await this.readPoints.resolve(request), {
      projectId,
      principal,
      request,
      suppressionMinCell: this.config.suppressionMinCell,
    });
  }
}
