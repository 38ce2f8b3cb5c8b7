import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  contactLogProjection,
  contactsOfProject,
  profilesOf,
  type Projection,
  scaleScoresOfProject,
  ViewReader,
} from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { analyseArmChange, detectableChangeOf, type OutcomeStatistics, suppressForFunder } from '@outcome/statistics';
import { analyseCells, OUTCOME_VIEWS, readOutcomeCells } from '../outcomes/outcome-cells';
import { rowsHiddenFromFunder } from '../outcomes/funder-suppression';
import { instrumentOfProject, resolveOutcomeScale } from '../outcomes/outcome-scale';
import { withheldArm } from '../outcomes/outcome-answer';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import { bandIndexOf, dosedPairsOf } from './dose-bands';
import { type DoseBand, type DoseResponse, GetDoseResponseQuery } from './get-dose-response.query';

const DOSE_VIEWS = [...OUTCOME_VIEWS, contactLogProjection] as readonly Projection<object>[];
const ALL_PAIRED = 'every paired participant of the intervention arm';

@QueryHandler(GetDoseResponseQuery)
export class GetDoseResponseHandler implements IQueryHandler<GetDoseResponseQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ projectId, principal, request }: GetDoseResponseQuery): Promise<DoseResponse> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(DOSE_VIEWS, at, async (snapshot) => {
      const project = await reachableProject(snapshot, principal, projectId);
      const scale = resolveOutcomeScale(instrumentOfProject(project, request.instrument), request.scale);
      const inIntervention = new Set(
        (await profilesOf(snapshot, projectId)).filter((p) => p.arm === 'intervention').map((p) => p.participantId),
      );
      const rows = (
        await scaleScoresOfProject(snapshot, projectId, { instrument: scale.instrument, scale: scale.scale })
      ).filter((row) => inIntervention.has(row.participantId));
      const dosed = dosedPairsOf(rows, await contactsOfProject(snapshot, projectId), request.wave);
      const bands = request.bands.map((fromHours, i) => {
        const pairs = dosed.filter(({ hours }) => bandIndexOf(hours, request.bands) === i).map(({ pair }) => pair);
        const change = analyseArmChange({ enrolled: pairs.length, withBaseline: pairs.length, pairs }, scale);
        return { fromHours, toHours: request.bands[i + 1] ?? null, change };
      });
      const hidden =
        principal.role === 'funder'
          ? this.bandsHiddenFromFunder(
              analyseCells(await readOutcomeCells(snapshot, [projectId], scale, request.wave), scale),
              bands.map(({ change }) => change.paired),
            )
          : new Set<number>();
      return {
        projectId,
        instrument: scale.instrument,
        scale: scale.scale,
        direction: scale.direction,
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
        bands: bands.map(({ fromHours, toHours, change }, i): DoseBand =>
          hidden.has(i)
            ? { fromHours, toHours, ...withheldArm(), suppressed: true }
            : { fromHours, toHours, ...change, minimumDetectableEffect: detectableChangeOf(change), suppressed: false },
        ),
      };
    });
  }

  /**
   * docs/statistics.md "Suppression" per band: every band of a project hidden from the funder, else the
   * small bands and, since the bands split the intervention arm's paired participants (whose number
   * the project's outcome shows), a complementary band where one hidden band would follow.
   */
  private bandsHiddenFromFunder(outcome: OutcomeStatistics, pairedPerBand: readonly number[]): Set<number> {
    const minCell = this.config.suppressionMinCell;
    const bands = pairedPerBand.map((_, i) => i);
    if (rowsHiddenFromFunder([{ key: 'project', statistics: outcome }], minCell).size > 0) return new Set(bands);
    const total = pairedPerBand.reduce((sum, paired) => sum + paired, 0);
    const screened = suppressForFunder(
      [
        { key: ALL_PAIRED, pairedPerArm: [total], payload: null },
        ...bands.map((i) => ({ key: String(i), pairedPerArm: [pairedPerBand[i]!], payload: null })),
      ],
      { minCell, partitions: bands.length > 1 ? [{ whole: ALL_PAIRED, parts: bands.map(String) }] : [] },
    );
    return new Set(bands.filter((i) => screened[i + 1]!.suppressed));
  }
}
