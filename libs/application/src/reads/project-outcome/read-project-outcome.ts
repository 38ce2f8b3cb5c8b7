import type { ViewReader } from '@outcome/read-models';
import { outcomeAnswerOf, type OutcomeAnswer, suppressedAnswerOf } from '../outcomes/outcome-answer';
import { analyseCells, OUTCOME_VIEWS, readOutcomeCells } from '../outcomes/outcome-cells';
import { rowsHiddenFromFunder } from '../outcomes/funder-suppression';
import type { OutcomeRequest } from '../outcomes/outcome-request';
import { instrumentOfProject, resolveOutcomeScale } from '../outcomes/outcome-scale';
import type { ResolvedRead } from '../view-read-points';
import { reachableProject, type ViewerPrincipal } from '../visible-projects';

export interface ProjectOutcomeRead {
  readonly projectId: string;
  readonly principal: ViewerPrincipal;
  readonly request: OutcomeRequest;
  /** Smallest cell a funder may see (SUPPRESSION_MIN_CELL). */
  readonly suppressionMinCell: number;
}

/**
 * One project's Outcome read from the views at one point: what the outcome route answers, and
 * what the cli's verify recomputes from a fresh build of the views.
 */
export function readProjectOutcome(
  reader: ViewReader,
  { at, asOf }: ResolvedRead,
  { projectId, principal, request, suppressionMinCell }: ProjectOutcomeRead,
): Promise<OutcomeAnswer> {
  return reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
    const project = await reachableProject(snapshot, principal, projectId);
    const scale = resolveOutcomeScale(instrumentOfProject(project, request.instrument), request.scale);
    const cells = await readOutcomeCells(snapshot, [projectId], scale, request.wave);
    const statistics = analyseCells(cells, scale);
    const context = { scale, asOf, position: snapshot.position, wave: request.wave };
    const hidden =
      principal.role === 'funder' &&
      rowsHiddenFromFunder([{ key: projectId, statistics }], suppressionMinCell).size > 0;
    return hidden
      ? suppressedAnswerOf(projectId, statistics, context)
      : outcomeAnswerOf(projectId, statistics, context);
  });
}
