import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ViewReader } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { outcomeAnswerOf, type OutcomeAnswer, suppressedAnswerOf } from '../outcomes/outcome-answer';
import { analyseCells, OUTCOME_VIEWS, readOutcomeCells } from '../outcomes/outcome-cells';
import { rowsHiddenFromFunder } from '../outcomes/funder-suppression';
import { instrumentOfProject, resolveOutcomeScale } from '../outcomes/outcome-scale';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import { GetProjectOutcomeQuery } from './get-project-outcome.query';

@QueryHandler(GetProjectOutcomeQuery)
export class GetProjectOutcomeHandler implements IQueryHandler<GetProjectOutcomeQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ projectId, principal, request }: GetProjectOutcomeQuery): Promise<OutcomeAnswer> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
      const project = await reachableProject(snapshot, principal, projectId);
      const scale = resolveOutcomeScale(instrumentOfProject(project, request.instrument), request.scale);
      const cells = await readOutcomeCells(snapshot, [projectId], scale, request.wave);
      const statistics = analyseCells(cells, scale);
      const context = { scale, asOf, position: snapshot.position, wave: request.wave };
      const hidden =
        principal.role === 'funder' &&
        rowsHiddenFromFunder([{ key: projectId, statistics }], this.config.suppressionMinCell).size > 0;
      return hidden
        ? suppressedAnswerOf(projectId, statistics, context)
        : outcomeAnswerOf(projectId, statistics, context);
    });
  }
}
