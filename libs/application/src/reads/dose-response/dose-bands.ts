import type { CalendarDate } from '@outcome/domain';
import type { ContactLogRow, ScaleScoresRow } from '@outcome/read-models';
import type { ScorePair } from '@outcome/statistics';

/** One paired participant with the contact hours they had up to their follow-up measurement. */
export interface DosedPair {
  readonly pair: ScorePair;
  readonly hours: number;
}

/**
 * The paired participants of the rows with their dose: contact minutes logged on or before the
 * day of the follow-up compared (wave `wave`, or the latest scored wave above 0), in hours.
 */
export function dosedPairsOf(
  rows: readonly ScaleScoresRow[],
  contacts: readonly ContactLogRow[],
  wave: number | undefined,
): DosedPair[] {
  const contactsOf = new Map<string, ContactLogRow[]>();
  for (const contact of contacts)
    contactsOf.set(contact.participantId, [...(contactsOf.get(contact.participantId) ?? []), contact]);
  return rows.flatMap((row) => {
    const followUp =
      wave === undefined
        ? row.waves.find((entry) => entry.wave === row.followUpWave)
        : row.waves.find((entry) => entry.wave === wave);
    if (row.baseline === null || followUp === undefined || followUp.score === null) return [];
    const minutes = minutesUpTo(contactsOf.get(row.participantId) ?? [], followUp.takenOn);
    return [{ pair: [row.baseline, followUp.score] as const, hours: minutes / 60 }];
  });
}

function minutesUpTo(contacts: readonly ContactLogRow[], day: CalendarDate): number {
  return contacts.filter((contact) => contact.contactedOn <= day).reduce((sum, contact) => sum + contact.minutes, 0);
}

/** The band a dose falls in: from each lower bound up to (not including) the next. */
export function bandIndexOf(hours: number, lowerBounds: readonly number[]): number {
  let index = 0;
  lowerBounds.forEach((bound, i) => {
    if (hours >= bound) index = i;
  });
  return index;
}
