import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ProjectCatalogueRow, ViewReader } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { cellsWhere, type OutcomeCells } from '../outcomes/arm-inputs';
import { type AnswerContext, outcomeAnswerOf, suppressedAnswerOf } from '../outcomes/outcome-answer';
import { analyseCells, OUTCOME_VIEWS, readOutcomeCells } from '../outcomes/outcome-cells';
import { rowsHiddenFromFunder } from '../outcomes/funder-suppression';
import { mostMeasuredInstrument } from '../outcomes/most-measured-instrument';
import { type OutcomeScale, resolveOutcomeScale } from '../outcomes/outcome-scale';
import { ViewReadPoints } from '../view-read-points';
import { visibleProjects } from '../visible-projects';
import { GetGroupedOutcomesQuery, type GroupedOutcome, type GroupedOutcomes } from './get-grouped-outcomes.query';
import { adjustForMultipleComparisons } from './multiple-comparisons';
import { type GroupBy, groupingFor, groupsOf, partitionsOf, WHOLE_ANSWER } from './outcome-groups';

@QueryHandler(GetGroupedOutcomesQuery)
export class GetGroupedOutcomesHandler implements IQueryHandler<GetGroupedOutcomesQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ principal, request }: GetGroupedOutcomesQuery): Promise<GroupedOutcomes> {
    const { at, asOf } = await this.readPoints.resolve(request);
    const groupBy = request.groupBy ?? 'project';
    return this.reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
      const visible = await visibleProjects(snapshot, principal);
      const scale = resolveOutcomeScale(request.instrument ?? mostMeasuredInstrument(visible), request.scale);
      const projects = visible.filter((project) => project.instruments.includes(scale.instrument));
      const cells = await readOutcomeCells(
        snapshot,
        projects.map((project) => project.projectId),
        scale,
        request.wave,
        groupingFor(groupBy, principal.role === 'funder'),
      );
      const context: AnswerContext = { scale, asOf, position: snapshot.position, wave: request.wave };
      const { rows, projectsLeftOut } =
        principal.role === 'funder'
          ? this.rowsForFunder(groupBy, projects, cells, scale, context)
          : { rows: this.rowsOf(groupBy, projects, cells, scale, context, new Set()), projectsLeftOut: 0 };
      return {
        groupBy,
        instrument: scale.instrument,
        scale: scale.scale,
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
        projectsLeftOut,
        rows: adjustForMultipleComparisons(rows),
      };
    });
  }

  /**
   * docs/statistics.md "Suppression", across answers as well as within one: a project hidden from the
   * funder at this scale is left out of every pooled row (else a pooled row minus the shown
   * projects would give it away), and within the answer complementary rows are hidden where a
   * hidden group would follow from the whole (known from the projects' own rows) minus the others.
   */
  private rowsForFunder(
    groupBy: GroupBy,
    projects: readonly ProjectCatalogueRow[],
    cells: OutcomeCells,
    scale: OutcomeScale,
    context: AnswerContext,
  ): { rows: Omit<GroupedOutcome, 'pAdjusted'>[]; projectsLeftOut: number } {
    const minCell = this.config.suppressionMinCell;
    const perProject = projects.map(({ projectId }) => ({
      key: projectId,
      statistics: analyseCells(
        cellsWhere(cells, (cell) => cell.projectId === projectId),
        scale,
      ),
    }));
    const hiddenProjects = rowsHiddenFromFunder(perProject, minCell);
    if (groupBy === 'project')
      return { rows: this.rowsOf(groupBy, projects, cells, scale, context, hiddenProjects), projectsLeftOut: 0 };
    const pool = cellsWhere(cells, (cell) => cell.projectId !== null && !hiddenProjects.has(cell.projectId));
    const groups = groupsOf(groupBy, projects, pool);
    const screened = [
      { key: WHOLE_ANSWER, statistics: analyseCells(pool, scale) },
      ...groups.map((group) => ({
        key: group.group,
        statistics: analyseCells(cellsWhere(pool, group.belongs), scale),
      })),
    ];
    const hidden = rowsHiddenFromFunder(screened, minCell, partitionsOf(groupBy, groups));
    return { rows: this.rowsOf(groupBy, projects, pool, scale, context, hidden), projectsLeftOut: hiddenProjects.size };
  }

  private rowsOf(
    groupBy: GroupBy,
    projects: readonly ProjectCatalogueRow[],
    cells: OutcomeCells,
    scale: OutcomeScale,
    context: AnswerContext,
    hidden: ReadonlySet<string>,
  ): Omit<GroupedOutcome, 'pAdjusted'>[] {
    return groupsOf(groupBy, projects, cells).map((group) => {
      const statistics = analyseCells(cellsWhere(cells, group.belongs), scale);
      const answer = hidden.has(group.group) ? suppressedAnswerOf : outcomeAnswerOf;
      return { ...answer(group.projectId, statistics, context), group: group.group };
    });
  }
}
