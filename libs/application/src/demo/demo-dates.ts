import type { CalendarDate } from '@outcome/domain';

export { addDays } from '@outcome/domain';

/** The demo's last day: nothing in it happens later, so it is the same whenever it is loaded. */
export const DEMO_LAST_DAY: CalendarDate = '2026-11-30';

export function earliest(...dates: readonly (CalendarDate | null | undefined)[]): CalendarDate {
  return dates.filter((date): date is CalendarDate => !!date).sort()[0]!;
}
