export interface OrganisationRegistered {
  readonly type: 'OrganisationRegistered';
  readonly data: { readonly organisationId: string; readonly name: string };
}

export type OrganisationEvent = OrganisationRegistered;
