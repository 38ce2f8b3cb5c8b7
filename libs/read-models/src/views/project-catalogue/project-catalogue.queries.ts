import type { ViewSnapshot } from '../../reader/view-reader';
import { type ProjectCatalogueRow, projectCatalogueProjection } from './project-catalogue.projection';

/** The projects an organisation registered, or those of the given ids. */
export function projectsWhere(
  snapshot: ViewSnapshot,
  where: { readonly organisationId: string } | { readonly projectId: readonly string[] },
): Promise<ProjectCatalogueRow[]> {
  return snapshot.rows(projectCatalogueProjection, { where, orderBy: ['startsOn', 'name'] });
}
