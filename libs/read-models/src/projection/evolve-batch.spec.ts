import type { RecordedEvent } from '@outcome/event-store';
import { RowKeyChangedError } from '../errors';
import {
  type MemberEvent,
  type MemberVisitsRow,
  clubVisitsProjection,
  memberVisitsProjection,
} from '../testing/member-visits.projection';
import { type RowChanges, type StoredRow, evolveBatch, liveRowsOf, selectorsOf } from './evolve-batch';
import type { Projection } from './projection';

let position = 0n;

function recorded<Event extends MemberEvent>(type: Event['type'], data: Event['data']): Event {
  position += 1n;
  return {
    id: `event-${position}`,
    type,
    data,
    stream: 'visits-1',
    streamVersion: Number(position) - 1,
    position,
    metadata: {
      recordedBy: 'test',
      recordedAt: '2026-11-30T12:00:00Z',
      correlationId: 'c',
      causationId: null,
      schemaVersion: 1,
    },
  } as Event;
}

const visit = (memberId: string, club: string, minutes = 10) => recorded('VisitLogged', { memberId, club, minutes });
const erasure = (memberId: string) => recorded('MemberErased', { memberId });

const stored = (changes: RowChanges<MemberVisitsRow>): StoredRow<MemberVisitsRow>[] =>
  changes.versions.filter((version) => version.validUntil === null).map(({ row, validFrom }) => ({ row, validFrom }));

describe(evolveBatch.name, () => {
  const sut = memberVisitsProjection();

  it('creates the row a full key names when none is stored, live from its event', () => {
    const first = visit('ann', 'chess', 30);

    const changes = evolveBatch(sut, [], [first]);

    expect(changes.versions).toEqual([
      {
        row: expect.objectContaining({ memberId: 'ann', club: 'chess', visits: 1, minutes: 30 }),
        validFrom: first.position,
        validUntil: null,
      },
    ]);
    expect(changes).toMatchObject({ replaced: [], forgotten: [] });
  });

  it('keeps every version a batch passes through, each closed by the event that changed it', () => {
    const events = [visit('ann', 'chess', 30), visit('ann', 'chess', 15), visit('ann', 'chess', 5)];

    const changes = evolveBatch(sut, [], events);

    expect(changes.versions.map(({ row, validFrom, validUntil }) => [row.minutes, validFrom, validUntil])).toEqual([
      [30, events[0]!.position, events[1]!.position],
      [45, events[1]!.position, events[2]!.position],
      [50, events[2]!.position, null],
    ]);
    expect(liveRowsOf(changes)).toEqual([expect.objectContaining({ visits: 3, regular: true, history: [30, 15, 5] })]);
  });

  it('evolves the stored row, closing its live version and naming it as replaced', () => {
    const before = stored(evolveBatch(sut, [], [visit('ann', 'chess', 30)]));
    const next = visit('ann', 'chess', 15);

    const changes = evolveBatch(sut, before, [next]);

    expect(changes.versions).toEqual([
      { row: before[0]!.row, validFrom: before[0]!.validFrom, validUntil: next.position },
      { row: expect.objectContaining({ visits: 2, minutes: 45 }), validFrom: next.position, validUntil: null },
    ]);
    expect(changes.replaced).toEqual([{ memberId: 'ann', club: 'chess' }]);
  });

  it('closes a row that evolve removes but keeps its past version', () => {
    const removing: Projection<MemberVisitsRow, MemberEvent> = {
      ...sut,
      forget: undefined,
      evolve: (row, event, key) => (event.type === 'MemberErased' ? null : sut.evolve(row, event, key)),
    };
    const before = stored(evolveBatch(removing, [], [visit('ann', 'chess')]));
    const removal = erasure('ann');

    const changes = evolveBatch(removing, before, [removal]);

    expect(changes.versions).toEqual([
      { row: before[0]!.row, validFrom: before[0]!.validFrom, validUntil: removal.position },
    ]);
    expect(liveRowsOf(changes)).toEqual([]);
  });

  it('forgets every version a forget selector matches, stored or made earlier in the batch', () => {
    const before = stored(evolveBatch(sut, [], [visit('ann', 'chess'), visit('bob', 'chess')]));

    const changes = evolveBatch(sut, before, [visit('ann', 'choir'), visit('ann', 'chess'), erasure('ann')]);

    expect(changes.versions).toEqual([]);
    expect(changes.forgotten).toEqual([{ memberId: 'ann' }]);
  });

  it('leaves rows a forget selector does not match untouched', () => {
    const before = stored(evolveBatch(sut, [], [visit('bob', 'chess')]));

    const changes = evolveBatch(sut, before, [erasure('ann')]);

    expect(changes).toEqual({ versions: [], replaced: [], forgotten: [{ memberId: 'ann' }] });
  });

  it('writes a row that is forgotten and then logged again in one batch', () => {
    const before = stored(evolveBatch(sut, [], [visit('ann', 'chess')]));

    const changes = evolveBatch(sut, before, [erasure('ann'), visit('ann', 'chess', 7)]);

    expect(liveRowsOf(changes)).toEqual([expect.objectContaining({ memberId: 'ann', visits: 1, minutes: 7 })]);
    expect(changes.versions).toHaveLength(1);
  });

  it('keeps one live row per key for the one-row-per-club summary', () => {
    const changes = evolveBatch(
      clubVisitsProjection,
      [],
      [visit('ann', 'chess'), visit('bob', 'chess'), visit('cy', 'choir')],
    );

    expect(liveRowsOf(changes)).toEqual([
      { club: 'chess', visits: 2 },
      { club: 'choir', visits: 1 },
    ]);
  });

  it('writes nothing for a row evolve returns unchanged', () => {
    const before = stored(evolveBatch(sut, [], [visit('ann', 'chess')]));
    const ignoring: Projection<MemberVisitsRow, MemberEvent> = { ...sut, evolve: (row) => row };

    expect(evolveBatch(ignoring, before, [visit('ann', 'chess')])).toEqual({
      versions: [],
      replaced: [],
      forgotten: [],
    });
  });

  it('rejects an evolve that moves a row to another key', () => {
    const moving: Projection<MemberVisitsRow, MemberEvent> = {
      ...sut,
      evolve: (row, event, key) => ({ ...sut.evolve(row, event, key)!, club: 'elsewhere' }),
    };

    expect(() => evolveBatch(moving, [], [visit('ann', 'chess')])).toThrow(RowKeyChangedError);
  });
});

describe(selectorsOf.name, () => {
  it('lists the selectors of every event, for loading the rows they touch', () => {
    const events: RecordedEvent[] = [visit('ann', 'chess'), erasure('bob')];

    expect(selectorsOf(memberVisitsProjection(), events as MemberEvent[])).toEqual([
      { memberId: 'ann', club: 'chess' },
      { memberId: 'bob' },
    ]);
  });
});
