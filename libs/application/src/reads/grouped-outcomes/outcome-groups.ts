import { AGE_BANDS, ARMS, INTERVENTION_TYPES, RISK_FACTORS } from '@outcome/domain';
import type { CountGrouping, EnrolledCount, ProjectCatalogueRow, ScorePairCount } from '@outcome/read-models';
import type { Partition } from '@outcome/statistics';
import type { OutcomeCells } from '../outcomes/arm-inputs';

/** How `GET /api/outcomes` groups the participants of the visible projects. */
export const GROUP_BYS = ['project', 'interventionType', 'ageBand', 'riskFactor', 'arm'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** One row's participants: every participant of the cells that `belongs` selects. */
export interface OutcomeGroup {
  readonly group: string;
  /** The project, when the rows are projects. */
  readonly projectId: string | null;
  readonly belongs: (cell: EnrolledCount | ScorePairCount) => boolean;
}

/**
 * The groups of an answer, in the order of their vocabulary (projects in catalogue order), each
 * with at least one participant. docs/statistics.md "Groups": participants are pooled, not project
 * means; one with several risk factors counts in each of their groups.
 */
export function groupsOf(
  groupBy: GroupBy,
  projects: readonly ProjectCatalogueRow[],
  cells: OutcomeCells,
): OutcomeGroup[] {
  const candidates = candidateGroups(groupBy, projects);
  return candidates.filter((group) => cells.enrolled.some(group.belongs));
}

function candidateGroups(groupBy: GroupBy, projects: readonly ProjectCatalogueRow[]): OutcomeGroup[] {
  switch (groupBy) {
    case 'project':
      return projects.map(({ projectId }) => ({
        group: projectId,
        projectId,
        belongs: (cell) => cell.projectId === projectId,
      }));
    case 'interventionType':
      return INTERVENTION_TYPES.map((type) => {
        const ofType = new Set(
          projects.filter((project) => project.interventionType === type).map((project) => project.projectId),
        );
        return {
          group: type,
          projectId: null,
          belongs: (cell) => cell.projectId !== null && ofType.has(cell.projectId),
        };
      });
    case 'ageBand':
      return AGE_BANDS.map((band) => ({ group: band, projectId: null, belongs: (cell) => cell.ageBand === band }));
    case 'riskFactor':
      return RISK_FACTORS.map((factor) => ({
        group: factor,
        projectId: null,
        belongs: (cell) => cell.riskFactors?.includes(factor) ?? false,
      }));
    case 'arm':
      return ARMS.map((arm) => ({ group: arm, projectId: null, belongs: (cell) => cell.arm === arm }));
  }
}

/**
 * What the counts of an answer must keep apart: the attribute its rows are grouped by, and for a
 * funder the project too, since projects hidden from them are left out of pooled rows.
 */
export function groupingFor(groupBy: GroupBy, byProject: boolean): CountGrouping {
  return {
    project: byProject || groupBy === 'project' || groupBy === 'interventionType',
    ageBand: groupBy === 'ageBand',
    riskFactors: groupBy === 'riskFactor',
  };
}

/** The key under which suppression sees every participant of an answer. */
export const WHOLE_ANSWER = '(every participant of the answer)';

/**
 * How the rows add up, for complementary suppression: the groups of a single-valued attribute
 * partition the answer's participants. Risk factors do not (one person counts in several groups,
 * and someone with none in no group), so they declare nothing, and projects need nothing, since a
 * funder's pooled rows leave out the projects hidden from them.
 */
export function partitionsOf(groupBy: GroupBy, groups: readonly OutcomeGroup[]): Partition[] {
  if (groupBy === 'riskFactor' || groupBy === 'project' || groups.length < 2) return [];
  return [{ whole: WHOLE_ANSWER, parts: groups.map((group) => group.group) }];
}
