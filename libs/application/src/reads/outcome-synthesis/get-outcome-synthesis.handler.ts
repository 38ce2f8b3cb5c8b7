import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ViewReader } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { synthesise } from '@outcome/statistics';
import { cellsWhere } from '../outcomes/arm-inputs';
import { rowsHiddenFromFunder } from '../outcomes/funder-suppression';
import { mostMeasuredInstrument } from '../outcomes/most-measured-instrument';
import { analyseCells, OUTCOME_VIEWS, readOutcomeCells } from '../outcomes/outcome-cells';
import { resolveOutcomeScale } from '../outcomes/outcome-scale';
import { ViewReadPoints } from '../view-read-points';
import { visibleProjects } from '../visible-projects';
import { GetOutcomeSynthesisQuery, type OutcomeSynthesis } from './get-outcome-synthesis.query';
import { projectEstimateOf } from './project-estimate';

@QueryHandler(GetOutcomeSynthesisQuery)
export class GetOutcomeSynthesisHandler implements IQueryHandler<GetOutcomeSynthesisQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  /**
   * Each project's Outcome as its own route would answer it, then random effects over those that
   * qualify. A project hidden from a funder is left out whatever the filter, so no two answers that
   * differ by one filter can be set against each other to recover it (docs/statistics.md "Suppression").
   */
  async execute({ principal, request }: GetOutcomeSynthesisQuery): Promise<OutcomeSynthesis> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
      const visible = await visibleProjects(snapshot, principal);
      const scale = resolveOutcomeScale(request.instrument ?? mostMeasuredInstrument(visible), request.scale);
      const projects = visible.filter(
        (project) =>
          project.instruments.includes(scale.instrument) &&
          (request.interventionType === undefined || project.interventionType === request.interventionType),
      );
      const ids = projects.map((project) => project.projectId);
      const cells = await readOutcomeCells(snapshot, ids, scale, request.wave, { project: true });
      const outcomes = ids.map((projectId) => ({
        key: projectId,
        statistics: analyseCells(
          cellsWhere(cells, (cell) => cell.projectId === projectId),
          scale,
        ),
      }));
      const hidden =
        principal.role === 'funder' ? rowsHiddenFromFunder(outcomes, this.config.suppressionMinCell) : new Set();
      const estimates = outcomes
        .filter(({ key }) => !hidden.has(key))
        .flatMap(({ key, statistics }) => {
          const estimate = projectEstimateOf(statistics, request.design);
          return estimate ? [{ projectId: key, ...estimate }] : [];
        });
      const synthesis = synthesise(estimates, scale.direction);
      return {
        design: request.design,
        instrument: scale.instrument,
        scale: scale.scale,
        direction: scale.direction,
        interventionType: request.interventionType ?? null,
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
        projects: estimates.length,
        pooled: synthesis?.pooled ?? null,
        se: synthesis?.se ?? null,
        ci95: synthesis?.ci95 ?? null,
        t: synthesis?.t ?? null,
        df: synthesis?.df ?? null,
        p: synthesis?.p ?? null,
        q: synthesis?.q ?? null,
        tau2: synthesis?.tau2 ?? null,
        i2: synthesis?.i2 ?? null,
        predictionInterval: synthesis?.predictionInterval ?? null,
        excluded: { suppressed: hidden.size, notQualifying: projects.length - hidden.size - estimates.length },
        rows: (synthesis?.rows ?? []).map((row, i) => ({ projectId: estimates[i]!.projectId, ...row })),
      };
    });
  }
}
