import fc from 'fast-check';
import { suppressForFunder, type ReportRow } from './funder-suppression';
import type { Partition } from './partition';
import { findDerivableRows, type AtomicAnswer } from './testing/derivable-rows';

/** Rows built from atoms with known counts, the partitions a caller declares for them, and each row's atoms. */
interface GeneratedAnswer extends AtomicAnswer {
  readonly rows: ReportRow<string>[];
  readonly partitions: Partition[];
}

type PairedPerArm = readonly [number, number];

const minCell = fc.integer({ min: 5, max: 15 });

// Mostly empty and small, so that groups summing many atoms still often fall below k.
const pairedOfAtom = fc.oneof(
  { arbitrary: fc.constant(0), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 },
  { arbitrary: fc.integer({ min: 5, max: 25 }), weight: 1 },
);
const atomCounts: fc.Arbitrary<PairedPerArm> = fc.tuple(pairedOfAtom, pairedOfAtom);

function answerOf(atoms: readonly PairedPerArm[], atomsOfRow: Map<string, number[]>, partitions: Partition[]) {
  const rows = [...atomsOfRow].map(([key, members]) => ({
    key,
    pairedPerArm: [0, 1].map((arm) => members.reduce((total, atom) => total + atoms[atom][arm], 0)),
    payload: `outcome of ${key}`,
  }));
  return { atomCount: atoms.length, atomsOfRow, rows, partitions };
}

const splitNames = ['project', 'age-band', 'intervention-type'];

interface CrossedSplitsShape {
  /** Groups per split: the population is split two or three ways, and every combination is an atom. */
  readonly groupsPerSplit: readonly number[];
  readonly totalShown: boolean;
  /** Also a row per cell of the first two splits, as in a two-way table with its margins. */
  readonly tableShown: boolean;
}

/** One population split several ways at once, each split declared as a partition of the same whole. */
function crossedSplits(options: { withTable: boolean }): fc.Arbitrary<GeneratedAnswer & CrossedSplitsShape> {
  return fc
    .record({
      groupsPerSplit: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 }),
      totalShown: fc.boolean(),
      tableShown: options.withTable ? fc.boolean() : fc.constant(false),
    })
    .chain((shape) => {
      const groupsOfAtoms = combinations(shape.groupsPerSplit);
      return fc
        .array(atomCounts, { minLength: groupsOfAtoms.length, maxLength: groupsOfAtoms.length })
        .map((atoms) => ({ ...shape, ...crossedAnswer(shape, groupsOfAtoms, atoms) }));
    });
}

/** Every way to pick one group per split: [[0, 0], [0, 1], [1, 0], [1, 1]] for two splits in two. */
function combinations(groupsPerSplit: readonly number[]): number[][] {
  return groupsPerSplit.reduce<number[][]>(
    (picked, groups) => picked.flatMap((prefix) => indices(groups).map((group) => [...prefix, group])),
    [[]],
  );
}

function indices(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

function crossedAnswer(
  shape: CrossedSplitsShape,
  groupsOfAtoms: readonly number[][],
  atoms: readonly PairedPerArm[],
): GeneratedAnswer {
  const { groupsPerSplit, totalShown, tableShown } = shape;
  const groupKey = (split: number, group: number) => `${splitNames[split]}=${group}`;
  const cellKey = (first: number, second: number) => `${groupKey(0, first)}&${groupKey(1, second)}`;
  const atomsOfRow = new Map<string, number[]>();
  const addAtom = (key: string, atom: number) => atomsOfRow.set(key, [...(atomsOfRow.get(key) ?? []), atom]);
  groupsOfAtoms.forEach((groups, atom) => {
    if (totalShown) addAtom('everyone', atom);
    groups.forEach((group, split) => addAtom(groupKey(split, group), atom));
    if (tableShown) addAtom(cellKey(groups[0], groups[1]), atom);
  });
  const partitions = groupsPerSplit.map((groups, split) => ({
    whole: 'everyone',
    parts: indices(groups).map((group) => groupKey(split, group)),
  }));
  if (tableShown) {
    const [firstGroups, secondGroups] = groupsPerSplit.map(indices);
    firstGroups.forEach((first) =>
      partitions.push({ whole: groupKey(0, first), parts: secondGroups.map((second) => cellKey(first, second)) }),
    );
    secondGroups.forEach((second) =>
      partitions.push({ whole: groupKey(1, second), parts: firstGroups.map((first) => cellKey(first, second)) }),
    );
  }
  return answerOf(atoms, atomsOfRow, partitions);
}

type Group = { readonly atom: PairedPerArm } | { readonly parts: readonly Group[] };

const groupTree: fc.Memo<Group> = fc.memo((depth): fc.Arbitrary<Group> => {
  const leaf = atomCounts.map((atom) => ({ atom }));
  return depth <= 1
    ? leaf
    : fc.oneof(
        leaf,
        fc.array(groupTree(depth - 1), { minLength: 2, maxLength: 4 }).map((parts) => ({ parts })),
      );
});

/** Groups split into subgroups, down to three levels: every leaf is an atom; the total row is optional. */
const nestedGroups: fc.Arbitrary<GeneratedAnswer> = fc
  .tuple(fc.array(groupTree(3), { minLength: 2, maxLength: 5 }), fc.boolean())
  .map(([groups, totalShown]) => {
    const atoms: PairedPerArm[] = [];
    const atomsOfRow = new Map<string, number[]>();
    const partitions: Partition[] = [];
    const visit = (key: string, group: Group, shown: boolean): number[] => {
      const members =
        'atom' in group
          ? [atoms.push(group.atom) - 1]
          : group.parts.flatMap((part, i) => visit(`${key}.${i}`, part, true));
      if ('parts' in group) partitions.push({ whole: key, parts: group.parts.map((_, i) => `${key}.${i}`) });
      if (shown) atomsOfRow.set(key, members);
      return members;
    };
    visit('all', { parts: groups }, totalShown);
    return answerOf(atoms, atomsOfRow, partitions);
  });

function suppressedKeys(answer: GeneratedAnswer, minCell: number): Set<string> {
  const sut = suppressForFunder(answer.rows, { minCell, partitions: answer.partitions });
  return new Set(sut.filter(({ suppressed }) => suppressed).map(({ key }) => key));
}

function rowsWithSmallCells(answer: GeneratedAnswer, minCell: number): Set<string> {
  const small = answer.rows.filter(({ pairedPerArm }) => pairedPerArm.some((paired) => paired > 0 && paired < minCell));
  return new Set(small.map(({ key }) => key));
}

function shownKeys(answer: GeneratedAnswer, suppressed: ReadonlySet<string>): Set<string> {
  return new Set(answer.rows.map(({ key }) => key).filter((key) => !suppressed.has(key)));
}

describe(suppressForFunder.name, () => {
  it('suppresses every row with a small cell, whatever the partitions', () => {
    fc.assert(
      fc.property(fc.oneof(crossedSplits({ withTable: true }), nestedGroups), minCell, (answer, k) => {
        const suppressed = suppressedKeys(answer, k);

        expect([...rowsWithSmallCells(answer, k)].filter((key) => !suppressed.has(key))).toEqual([]);
      }),
    );
  });

  it('leaves no suppressed row derivable when one population is split two or three ways, totals and tables optional', () => {
    fc.assert(
      fc.property(crossedSplits({ withTable: true }), minCell, (answer, k) => {
        const suppressed = suppressedKeys(answer, k);

        expect(findDerivableRows(answer, shownKeys(answer, suppressed))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no suppressed row derivable from nested groups, with or without a total row', () => {
    fc.assert(
      fc.property(nestedGroups, minCell, (answer, k) => {
        const suppressed = suppressedKeys(answer, k);

        expect(findDerivableRows(answer, shownKeys(answer, suppressed))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses no more complementary rows than there are splits with exactly one small group', () => {
    // A fair bound: with the total known (shown, or the sum of a split with nothing hidden) each split
    // is its own equation, which gives a group away only when it is the split's lone hidden one, and one
    // more hidden group hides it. With the total unknown, every split has a hidden group (else its sum
    // would give the total away) besides the total, so no combination of the equations isolates one.
    fc.assert(
      fc.property(crossedSplits({ withTable: false }), minCell, (answer, k) => {
        const small = rowsWithSmallCells(answer, k);
        const complements = [...suppressedKeys(answer, k)].filter((key) => !small.has(key));
        const splitsWithOneSmallGroup = answer.partitions.filter(
          ({ parts }) => parts.filter((part) => small.has(part)).length === 1,
        );

        expect(complements.length).toBeLessThanOrEqual(splitsWithOneSmallGroup.length);
      }),
      { numRuns: 300 },
    );
  });
});
