import type { Principal } from '../identity/principal';

export type OrganisationPrincipal = Extract<Principal, { role: 'organisation' }>;

/** Writes of projects and participants are an organisation's: the api lets only its tokens through. */
export function organisationOf(principal: Principal): string {
  if (principal.role !== 'organisation') throw new Error(`A ${principal.role} token cannot write participant data`);
  return principal.organisationId;
}
