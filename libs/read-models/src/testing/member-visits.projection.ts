import type { EventStore, RecordedEvent } from '@outcome/event-store';
import { aNewEvent } from '@outcome/event-store/testing';
import type { Projection } from '../projection/projection';

export type VisitLogged = RecordedEvent<'VisitLogged', { memberId: string; club: string; minutes: number }>;
export type MemberErased = RecordedEvent<'MemberErased', { memberId: string }>;
export type MemberEvent = VisitLogged | MemberErased;

/** A sample view shaped like a participant trajectory: rows keyed by member and club, erasable. */
export interface MemberVisitsRow {
  readonly memberId: string;
  readonly club: string;
  readonly visits: number;
  readonly minutes: number;
  readonly regular: boolean;
  /** Minutes of each visit, in order. */
  readonly history: readonly number[];
  /** The projection version that wrote the row, so that tests can tell builds apart. */
  readonly builtBy: number;
  readonly lastPosition: string | null;
}

/** The member-visits view at the given version; `minutesFactor` lets a new version change evolve. */
export function memberVisitsProjection(version = 1, minutesFactor = 1): Projection<MemberVisitsRow, MemberEvent> {
  return {
    name: 'member_visits',
    version,
    eventTypes: ['VisitLogged', 'MemberErased'],
    table: {
      name: 'member_visits',
      columns: {
        memberId: { type: 'text', key: true },
        club: { type: 'text', key: true, indexed: true },
        visits: { type: 'integer' },
        minutes: { type: 'integer' },
        regular: { type: 'boolean' },
        history: { type: 'json' },
        builtBy: { type: 'integer' },
        lastPosition: { type: 'text', nullable: true },
      },
    },
    keysOf(event) {
      return event.type === 'VisitLogged'
        ? [{ memberId: event.data.memberId, club: event.data.club }]
        : [{ memberId: event.data.memberId }];
    },
    evolve(row, event) {
      if (event.type === 'MemberErased') return null;
      const visits = (row?.visits ?? 0) + 1;
      return {
        memberId: event.data.memberId,
        club: event.data.club,
        visits,
        minutes: (row?.minutes ?? 0) + event.data.minutes * minutesFactor,
        regular: visits >= 3,
        history: [...(row?.history ?? []), event.data.minutes],
        builtBy: version,
        lastPosition: event.position.toString(),
      };
    },
    forget: (event) => (event.type === 'MemberErased' ? [{ memberId: event.data.memberId }] : []),
  };
}

/** One row per club: the per-project-summary shape. */
export interface ClubVisitsRow {
  readonly club: string;
  readonly visits: number;
}

export const clubVisitsProjection: Projection<ClubVisitsRow, VisitLogged> = {
  name: 'club_visits',
  version: 1,
  eventTypes: ['VisitLogged'],
  table: { name: 'club_visits', columns: { club: { type: 'text', key: true }, visits: { type: 'integer' } } },
  keysOf: (event) => [{ club: event.data.club }],
  evolve: (row, event) => ({ club: event.data.club, visits: (row?.visits ?? 0) + 1 }),
};

/** The projection, but `evolve` throws on events the predicate picks. */
export function failingOn<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  fails: (event: Event) => boolean,
): Projection<Row, Event> {
  return {
    ...projection,
    evolve(row, event, key) {
      if (fails(event)) throw new Error(`evolve failed on the event at ${event.position}`);
      return projection.evolve(row, event, key);
    },
  };
}

/** Appends `count` visits, spread over members and clubs, in appends of `perAppend` events. */
export async function logVisits(store: EventStore, count: number, perAppend = 100): Promise<void> {
  for (let start = 0; start < count; start += perAppend) {
    const events = Array.from({ length: Math.min(perAppend, count - start) }, (_, i) => {
      const n = start + i;
      return aNewEvent({
        type: 'VisitLogged',
        data: { memberId: `member-${n % 37}`, club: `club-${n % 5}`, minutes: 1 + (n % 60) },
      });
    });
    await store.appendToStream(`visits-${start}`, events);
  }
}

export async function eraseMember(store: EventStore, memberId: string): Promise<bigint> {
  const result = await store.appendToStream(`member-${memberId}`, [
    aNewEvent({ type: 'MemberErased', data: { memberId } }),
  ]);
  return result.position;
}

/** Total visits the rows count, to compare with the events they should include. */
export function visitsIn(rows: readonly { readonly visits: number }[]): number {
  return rows.reduce((sum, row) => sum + row.visits, 0);
}
