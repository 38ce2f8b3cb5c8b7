import { ProjectNotFoundError } from '@outcome/domain';
import { type ProjectCatalogueRow, projectsWhere, type ViewSnapshot } from '@outcome/read-models';
import { canReachProject, type Principal } from '../identity/principal';

/** Who may read views: every role but admin (docs/api.md "Identity and roles"). */
export type ViewerPrincipal = Exclude<Principal, { readonly role: 'admin' }>;

/** The projects the principal may see at the snapshot: its organisation's, or those granted to it. */
export async function visibleProjects(
  snapshot: ViewSnapshot,
  principal: ViewerPrincipal,
): Promise<ProjectCatalogueRow[]> {
  const where =
    principal.role === 'organisation'
      ? { organisationId: principal.organisationId }
      : { projectId: [...principal.projectIds] };
  const rows = await projectsWhere(snapshot, where);
  return rows.filter((row) => canReachProject(principal, row));
}

/**
 * The project, if the principal may see it at the snapshot.
 * @throws ProjectNotFoundError otherwise: outside a token's reach is 404, so that ids do not leak.
 */
export async function reachableProject(
  snapshot: ViewSnapshot,
  principal: Principal,
  projectId: string,
): Promise<ProjectCatalogueRow> {
  const [row] = await projectsWhere(snapshot, { projectId: [projectId] });
  if (!row || !canReachProject(principal, row)) throw new ProjectNotFoundError(projectId);
  return row;
}
