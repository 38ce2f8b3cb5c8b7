export interface RegisterOrganisation {
  readonly type: 'RegisterOrganisation';
  readonly organisationId: string;
  readonly name: string;
}

export type OrganisationCommand = RegisterOrganisation;
