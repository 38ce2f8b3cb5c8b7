import { InMemoryEventStore, InMemorySubjectKeyStore } from '@outcome/event-store';
import { aNewEvent } from '@outcome/event-store/testing';
import type { RowQuery } from '../runner/view-table';
import { type MemberVisitsRow, memberVisitsProjection } from '../testing/member-visits.projection';
import { rowsAsOf } from './rows-as-of';

describe(rowsAsOf.name, () => {
  let clock: Date;
  let store: InMemoryEventStore;
  let keys: InMemorySubjectKeyStore;
  const visit = (memberId: string, club: string, minutes: number) =>
    aNewEvent({ type: 'VisitLogged', data: { memberId, club, minutes } });
  const sut = (instant: string, query?: RowQuery<MemberVisitsRow>) =>
    rowsAsOf(store, memberVisitsProjection(), new Date(instant), query, {
      erasedSubjects: (subjects) => keys.findErasedSubjects(subjects),
    });

  beforeEach(async () => {
    clock = new Date('2026-01-01T10:00:00.000Z');
    store = new InMemoryEventStore(() => clock);
    keys = new InMemorySubjectKeyStore();
    await store.appendToStream('visits-1', [visit('m1', 'chess', 30), visit('m2', 'chess', 20)]);
    await store.appendToStream('visits-2', [visit('m3', 'choir', 45)]);
    clock = new Date('2026-02-01T10:00:00.000Z');
    await store.appendToStream('visits-3', [visit('m1', 'chess', 40), visit('m1', 'choir', 60)]);
    await keys.destroyKey('m2');
    await store.appendToStream('members-m2', [aNewEvent({ type: 'MemberErased', data: { memberId: 'm2' } })]);
  });

  it('shows the view as it stood at an instant, counting only what was recorded by then', async () => {
    const asOf = await sut('2026-01-15T00:00:00Z', { orderBy: ['memberId'] });

    expect(asOf.position).toBe(3n);
    expect(asOf.rows.map((row) => [row.memberId, row.club, row.visits, row.minutes])).toEqual([
      ['m1', 'chess', 1, 30],
      ['m3', 'choir', 1, 45],
    ]);
  });

  it('leaves out a member erased later, even as of an instant before the erasure (STATISTICS.md)', async () => {
    const asOf = await sut('2026-01-15T00:00:00Z');

    expect(asOf.rows.map((row) => row.memberId)).not.toContain('m2');
  });

  it('includes an event recorded exactly at the instant', async () => {
    const asOf = await sut('2026-02-01T10:00:00.000Z');

    expect(asOf.position).toBe(6n);
    expect(asOf.rows).toHaveLength(3);
  });

  it('filters and orders like the live reader', async () => {
    const asOf = await sut('2026-03-01T00:00:00Z', { where: { memberId: 'm1' }, orderBy: ['club'] });

    expect(asOf.rows.map((row) => [row.club, row.visits, row.minutes])).toEqual([
      ['chess', 2, 70],
      ['choir', 1, 60],
    ]);
  });

  it('asks for the erased subjects once per page of events, not once per event', async () => {
    const erasedSubjects = jest.fn((subjects: readonly string[]) => keys.findErasedSubjects(subjects));

    await rowsAsOf(store, memberVisitsProjection(), new Date('2026-03-01T00:00:00Z'), {}, { erasedSubjects });

    expect(erasedSubjects).toHaveBeenCalledTimes(1);
    expect([...erasedSubjects.mock.calls[0]![0]].sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it('answers an empty view before the first event', async () => {
    expect(await sut('2025-12-31T00:00:00Z')).toEqual({ position: null, rows: [] });
  });
});
