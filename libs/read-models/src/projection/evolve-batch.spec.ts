import type { RecordedEvent } from '@outcome/event-store';
import { RowKeyChangedError } from '../errors';
import {
  type MemberEvent,
  type MemberVisitsRow,
  clubVisitsProjection,
  memberVisitsProjection,
} from '../testing/member-visits.projection';
import { evolveBatch, selectorsOf } from './evolve-batch';
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

describe(evolveBatch.name, () => {
  const sut = memberVisitsProjection();

  it('creates the row a full key names when none is stored', () => {
    const changes = evolveBatch(sut, [], [visit('ann', 'chess', 30)]);

    expect(changes.saved).toEqual([
      expect.objectContaining({ memberId: 'ann', club: 'chess', visits: 1, minutes: 30 }),
    ]);
    expect(changes.deleted).toEqual([]);
  });

  it('folds later events of the batch over the rows earlier ones produced', () => {
    const changes = evolveBatch(
      sut,
      [],
      [visit('ann', 'chess', 30), visit('ann', 'chess', 15), visit('ann', 'chess', 5)],
    );

    expect(changes.saved).toEqual([
      expect.objectContaining({ visits: 3, minutes: 50, regular: true, history: [30, 15, 5] }),
    ]);
  });

  it('evolves the stored row rather than starting afresh', () => {
    const [stored] = evolveBatch(sut, [], [visit('ann', 'chess', 30)]).saved;

    const changes = evolveBatch(sut, [stored!], [visit('ann', 'chess', 15)]);

    expect(changes.saved).toEqual([expect.objectContaining({ visits: 2, minutes: 45 })]);
  });

  it('deletes every row a partial selector matches, stored or made earlier in the batch', () => {
    const stored = evolveBatch(sut, [], [visit('ann', 'chess'), visit('bob', 'chess')]).saved;

    const changes = evolveBatch(sut, stored, [visit('ann', 'choir'), erasure('ann')]);

    expect(changes.saved).toEqual([]);
    expect(changes.deleted).toEqual(
      expect.arrayContaining([
        { memberId: 'ann', club: 'chess' },
        { memberId: 'ann', club: 'choir' },
      ]),
    );
    expect(changes.deleted).toHaveLength(2);
  });

  it('leaves rows a partial selector does not match untouched', () => {
    const stored = evolveBatch(sut, [], [visit('bob', 'chess')]).saved;

    const changes = evolveBatch(sut, stored, [erasure('ann')]);

    expect(changes).toEqual({ saved: [], deleted: [] });
  });

  it('writes a row that is erased and then logged again in one batch', () => {
    const stored = evolveBatch(sut, [], [visit('ann', 'chess')]).saved;

    const changes = evolveBatch(sut, stored, [erasure('ann'), visit('ann', 'chess', 7)]);

    expect(changes.saved).toEqual([expect.objectContaining({ memberId: 'ann', visits: 1, minutes: 7 })]);
    expect(changes.deleted).toEqual([]);
  });

  it('keeps one row per key for the one-row-per-club summary', () => {
    const changes = evolveBatch(
      clubVisitsProjection,
      [],
      [visit('ann', 'chess'), visit('bob', 'chess'), visit('cy', 'choir')],
    );

    expect(changes.saved).toEqual([
      { club: 'chess', visits: 2 },
      { club: 'choir', visits: 1 },
    ]);
  });

  it('saves nothing for a row evolve returns unchanged', () => {
    const stored = evolveBatch(sut, [], [visit('ann', 'chess')]).saved;
    const ignoring: Projection<MemberVisitsRow, MemberEvent> = { ...sut, evolve: (row) => row };

    expect(evolveBatch(ignoring, stored, [visit('ann', 'chess')])).toEqual({ saved: [], deleted: [] });
  });

  it('rejects an evolve that moves a row to another key', () => {
    const moving: Projection<MemberVisitsRow, MemberEvent> = {
      ...sut,
      evolve: (row, event) => ({ ...sut.evolve(row, event)!, club: 'elsewhere' }),
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
