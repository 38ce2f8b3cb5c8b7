import { Injectable } from '@nestjs/common';
import { canReachProject, type Principal } from '@outcome/application';
import { type Arm, ProjectNotFoundError } from '@outcome/domain';
import {
  type ParticipantSummaryRow,
  participantSummaryProjection,
  type ProjectCatalogueRow,
  projectCatalogueProjection,
} from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { ViewAccess } from '../consistency/view-access';
import type { ViewReadQueryDto } from '../consistency/view-read-query.dto';
import type { ProjectListDto, ProjectSummaryDto } from './project-summary.dto';

/** Who may read projects: every role but admin, whom the routes refuse (API.md "Identity and roles"). */
export type ProjectReader = Exclude<Principal, { readonly role: 'admin' }>;

/** Projects as a principal may see them: their organisation's, or those granted to them. */
@Injectable()
export class ProjectSummaries {
  constructor(
    private readonly views: ViewAccess,
    private readonly config: AppConfig,
  ) {}

  async list(principal: ProjectReader, when: ViewReadQueryDto): Promise<ProjectListDto> {
    const where =
      principal.role === 'organisation'
        ? { organisationId: principal.organisationId }
        : { projectId: [...principal.projectIds] };
    const catalogue = await this.views.read(projectCatalogueProjection, { where, orderBy: ['startsOn', 'name'] }, when);
    const reachable = catalogue.rows.filter((row) => canReachProject(principal, row));
    const participants = await this.views.read(
      participantSummaryProjection,
      { where: { projectId: reachable.map((row) => row.projectId) } },
      when,
    );
    return {
      projects: reachable.map((row) => this.summaryOf(row, participants.rows, principal)),
      asOf: catalogue.asOf.toISOString(),
      position: earliest(catalogue.position, participants.position)?.toString() ?? null,
    };
  }

  async one(projectId: string, principal: ProjectReader, when: ViewReadQueryDto): Promise<ProjectSummaryDto> {
    const catalogue = await this.views.read(projectCatalogueProjection, { where: { projectId } }, when);
    const row = catalogue.rows[0];
    if (!row || !canReachProject(principal, row)) throw new ProjectNotFoundError(projectId);
    const participants = await this.views.read(participantSummaryProjection, { where: { projectId } }, when);
    return this.summaryOf(row, participants.rows, principal);
  }

  private summaryOf(
    row: ProjectCatalogueRow,
    participants: readonly ParticipantSummaryRow[],
    principal: ProjectReader,
  ): ProjectSummaryDto {
    const count = (arm: Arm) => {
      const enrolled = participants.filter(
        (participant) => participant.projectId === row.projectId && participant.arm === arm,
      ).length;
      // Funders see aggregates only: a small cell is withheld (STATISTICS.md "Suppression").
      const small = enrolled > 0 && enrolled < this.config.suppressionMinCell;
      return principal.role === 'funder' && small ? null : enrolled;
    };
    return {
      id: row.projectId,
      organisationId: row.organisationId,
      name: row.name,
      interventionType: row.interventionType,
      targetGroup: row.targetGroup,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      instruments: [...row.instruments],
      hasComparisonGroup: row.hasComparisonGroup,
      enrolled: { intervention: count('intervention'), comparison: count('comparison') },
    };
  }
}

function earliest(a: bigint | null, b: bigint | null): bigint | null {
  if (a === null || b === null) return a ?? b;
  return a < b ? a : b;
}
