import type { Arm } from '@outcome/domain';
import { countEnrolled, type ProjectCatalogueRow, type ViewSnapshot } from '@outcome/read-models';
import { withholdSmallCount } from '@outcome/statistics';
import type { ViewerPrincipal } from '../visible-projects';
import type { ProjectSummary } from './list-projects.query';

/** The projects' summaries at the snapshot; a funder's small enrolment counts withheld by libs/statistics. */
export async function summariesOf(
  snapshot: ViewSnapshot,
  projects: readonly ProjectCatalogueRow[],
  principal: ViewerPrincipal,
  minCell: number,
): Promise<ProjectSummary[]> {
  const counts = await countEnrolled(
    snapshot,
    projects.map((project) => project.projectId),
    { project: true },
  );
  return projects.map((project) => {
    const enrolled = (arm: Arm) => {
      const count = counts
        .filter((cell) => cell.projectId === project.projectId && cell.arm === arm)
        .reduce((sum, cell) => sum + cell.enrolled, 0);
      return principal.role === 'funder' ? withholdSmallCount(count, minCell) : count;
    };
    return {
      id: project.projectId,
      organisationId: project.organisationId,
      name: project.name,
      interventionType: project.interventionType,
      targetGroup: project.targetGroup,
      startsOn: project.startsOn,
      endsOn: project.endsOn,
      instruments: [...project.instruments],
      hasComparisonGroup: project.hasComparisonGroup,
      enrolled: { intervention: enrolled('intervention'), comparison: enrolled('comparison') },
    };
  });
}
