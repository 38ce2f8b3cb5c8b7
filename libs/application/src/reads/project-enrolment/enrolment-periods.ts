import type { CalendarDate } from '@outcome/domain';
import type { ParticipantProfileRow } from '@outcome/read-models';

/** A participant as enrolment counts them: when they came, left, and were measured. */
export interface EnrolmentFacts {
  readonly profile: ParticipantProfileRow;
  readonly measuredOn: ReadonlySet<CalendarDate>;
}

export interface PeriodCounts {
  readonly period: string;
  readonly enrolled: number;
  readonly exited: number;
  readonly active: number;
  readonly measured: number;
}

/** Every calendar month from `first` to `last` (`YYYY-MM`), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let period = first; period <= last;) {
    months.push(period);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    period = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The counts of each month, from the participants' own dates. */
export function countPeriods(months: readonly string[], participants: readonly EnrolmentFacts[]): PeriodCounts[] {
  const monthOf = (date: CalendarDate | null) => date?.slice(0, 7) ?? null;
  return months.map((period) => ({
    period,
    enrolled: participants.filter(({ profile }) => monthOf(profile.enrolledOn) === period).length,
    exited: participants.filter(({ profile }) => monthOf(profile.exitedOn) === period).length,
    // At the month's end: enrolled by then, and not left by then.
    active: participants.filter(
      ({ profile }) =>
        monthOf(profile.enrolledOn)! <= period && (profile.exitedOn === null || monthOf(profile.exitedOn)! > period),
    ).length,
    measured: participants.filter(({ measuredOn }) => [...measuredOn].some((date) => monthOf(date) === period)).length,
  }));
}
