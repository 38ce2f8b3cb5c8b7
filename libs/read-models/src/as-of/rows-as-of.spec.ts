import { InMemoryEventStore } from '@outcome/event-store';
import { aNewEvent } from '@outcome/event-store/testing';
import { memberVisitsProjection } from '../testing/member-visits.projection';
import { rowsAsOf } from './rows-as-of';

describe(rowsAsOf.name, () => {
  let clock: Date;
  let store: InMemoryEventStore;
  const visit = (memberId: string, club: string, minutes: number) =>
    aNewEvent({ type: 'VisitLogged', data: { memberId, club, minutes } });

  beforeEach(async () => {
    clock = new Date('2026-01-01T10:00:00.000Z');
    store = new InMemoryEventStore(() => clock);
    await store.appendToStream('visits-1', [visit('m1', 'chess', 30), visit('m2', 'chess', 20)]);
    clock = new Date('2026-02-01T10:00:00.000Z');
    await store.appendToStream('visits-2', [visit('m1', 'chess', 40), visit('m1', 'choir', 60)]);
    await store.appendToStream('members-m2', [aNewEvent({ type: 'MemberErased', data: { memberId: 'm2' } })]);
  });

  it('shows the view as it stood at an instant, counting only what was recorded by then', async () => {
    const sut = await rowsAsOf(store, memberVisitsProjection(), new Date('2026-01-15T00:00:00Z'), {
      orderBy: ['memberId'],
    });

    expect(sut.position).toBe(2n);
    expect(sut.rows.map((row) => [row.memberId, row.club, row.visits, row.minutes])).toEqual([
      ['m1', 'chess', 1, 30],
      ['m2', 'chess', 1, 20],
    ]);
  });

  it('includes an event recorded exactly at the instant', async () => {
    const sut = await rowsAsOf(store, memberVisitsProjection(), new Date('2026-02-01T10:00:00.000Z'));

    expect(sut.position).toBe(5n);
    expect(sut.rows).toHaveLength(2);
  });

  it('filters and orders like the live reader', async () => {
    const sut = await rowsAsOf(store, memberVisitsProjection(), new Date('2026-03-01T00:00:00Z'), {
      where: { memberId: 'm1' },
      orderBy: ['club'],
    });

    expect(sut.rows.map((row) => [row.club, row.visits, row.minutes])).toEqual([
      ['chess', 2, 70],
      ['choir', 1, 60],
    ]);
  });

  it('answers an empty view before the first event', async () => {
    expect(await rowsAsOf(store, memberVisitsProjection(), new Date('2025-12-31T00:00:00Z'))).toEqual({
      position: null,
      rows: [],
    });
  });
});
