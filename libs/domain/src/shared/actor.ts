/** The organisation on whose behalf a command is given: commands reach only its own data. */
export interface ActingOrganisation {
  readonly organisationId: string;
}
