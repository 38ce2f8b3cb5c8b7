export const ROLES = ['admin', 'organisation', 'funder', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as their token says: what they may reach follows from it. */
export type Principal =
  | { readonly role: 'admin'; readonly tokenId: string }
  | { readonly role: 'organisation'; readonly tokenId: string; readonly organisationId: string }
  | { readonly role: 'funder' | 'evaluator'; readonly tokenId: string; readonly projectIds: readonly string[] };

/** `recordedBy` of the events a principal causes: the token, never a personal name. */
export function actorOf(principal: Principal): string {
  return `${principal.role}-token:${principal.tokenId}`;
}

/** True when the principal may see that project at all (its own organisation's, or granted). */
export function canReachProject(principal: Principal, project: { projectId: string; organisationId: string }): boolean {
  switch (principal.role) {
    case 'admin':
      return false;
    case 'organisation':
      return principal.organisationId === project.organisationId;
    case 'funder':
    case 'evaluator':
      return principal.projectIds.includes(project.projectId);
  }
}
