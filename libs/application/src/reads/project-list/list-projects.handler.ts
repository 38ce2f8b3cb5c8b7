import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  participantProfileProjection,
  projectCatalogueProjection,
  type Projection,
  ViewReader,
} from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject, visibleProjects } from '../visible-projects';
import { GetProjectQuery, ListProjectsQuery, type ProjectList, type ProjectSummary } from './list-projects.query';
import { summariesOf } from './project-summaries';

const PROJECT_VIEWS = [projectCatalogueProjection, participantProfileProjection] as readonly Projection<object>[];

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ principal, request }: ListProjectsQuery): Promise<ProjectList> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(PROJECT_VIEWS, at, async (snapshot) => ({
      projects: await summariesOf(
        snapshot,
        await visibleProjects(snapshot, principal),
        principal,
        this.config.suppressionMinCell,
      ),
      asOf: asOf.toISOString(),
      position: snapshot.position?.toString() ?? null,
    }));
  }
}

@QueryHandler(GetProjectQuery)
export class GetProjectHandler implements IQueryHandler<GetProjectQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ projectId, principal, request }: GetProjectQuery): Promise<ProjectSummary> {
    const { at } = await this.readPoints.resolve(request);
    return this.reader.readTogether(PROJECT_VIEWS, at, async (snapshot) => {
      const project = await reachableProject(snapshot, principal, projectId);
      const [summary] = await summariesOf(snapshot, [project], principal, this.config.suppressionMinCell);
      return summary!;
    });
  }
}
