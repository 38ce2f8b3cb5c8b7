import type { NewEvent } from '../event';

/** Which top-level data fields of an event are personal, and whose they are. */
export interface PersonalFields {
  /** The data subject whose key encrypts the fields: the participant. */
  readonly subject: string;
  readonly fields: readonly string[];
}

/**
 * Names the personal fields of an event, or answers undefined for an event without any. The
 * domain supplies it, so the store stays generic.
 */
export type PersonalDataPolicy = (event: NewEvent) => PersonalFields | undefined;
