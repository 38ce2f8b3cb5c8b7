import { DuplicateRowKeyError, InvalidPartitionError, MinimumCellSizeTooSmallError } from '../errors';
import { suppressForFunder, withholdSmallCount, type FunderRow, type ReportRow } from './funder-suppression';
import type { Partition } from './partition';

function row(key: string, ...pairedPerArm: number[]): ReportRow<string> {
  return { key, pairedPerArm, payload: `outcome of ${key}` };
}

function suppressedKeys(rows: FunderRow<string>[]): string[] {
  return rows.filter(({ suppressed }) => suppressed).map(({ key }) => key);
}

describe(suppressForFunder.name, () => {
  it('suppresses a row in which any reported arm has from 1 to k − 1 paired participants', () => {
    const rows = [row('a', 12, 9), row('b', 10, 10), row('c', 1), row('d', 0, 40)];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10 }))).toEqual(['a', 'c']);
  });

  it('nulls every count and statistic of a suppressed row and keeps the others as they are', () => {
    const sut = suppressForFunder([row('small', 3), row('large', 30)], { minCell: 10 });

    expect(sut).toEqual([
      { key: 'small', suppressed: true, payload: null },
      { key: 'large', suppressed: false, payload: 'outcome of large' },
    ]);
  });

  it('accepts k = 5 and rejects a smaller or fractional k', () => {
    expect(suppressedKeys(suppressForFunder([row('a', 4), row('b', 5)], { minCell: 5 }))).toEqual(['a']);
    expect(() => suppressForFunder([], { minCell: 4 })).toThrow(MinimumCellSizeTooSmallError);
    expect(() => suppressForFunder([], { minCell: 7.5 })).toThrow(MinimumCellSizeTooSmallError);
  });

  it('also suppresses the smallest other group when a total row would give a suppressed group away', () => {
    const rows = [row('all', 71), row('young', 4), row('middle', 45), row('old', 22)];
    const partitions = [{ whole: 'all', parts: ['young', 'middle', 'old'] }];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10, partitions }))).toEqual(['young', 'old']);
  });

  it('needs no complement when two groups of a partition are already suppressed', () => {
    const rows = [row('all', 60), row('young', 4), row('middle', 50), row('old', 6)];
    const partitions = [{ whole: 'all', parts: ['young', 'middle', 'old'] }];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10, partitions }))).toEqual(['young', 'old']);
  });

  it('protects a group when its total shows in no row but follows from another grouping', () => {
    const rows = [row('project-1', 3), row('project-2', 20), row('project-3', 15), row('arm-i', 25), row('arm-c', 13)];
    const partitions: Partition[] = [
      { whole: 'everyone', parts: ['project-1', 'project-2', 'project-3'] },
      { whole: 'everyone', parts: ['arm-i', 'arm-c'] },
    ];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10, partitions }))).toEqual(['project-1', 'project-3']);
  });

  it('protects a suppressed subgroup inside a nested partition', () => {
    const rows = [row('all', 50), row('north', 20), row('south', 30), row('coast', 7), row('inland', 23)];
    const partitions: Partition[] = [
      { whole: 'all', parts: ['north', 'south'] },
      { whole: 'south', parts: ['coast', 'inland'] },
    ];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10, partitions }))).toEqual(['coast', 'inland']);
  });

  it('prefers a non-empty complement to an empty group', () => {
    const rows = [row('all', 40), row('a', 3), row('b', 0), row('c', 12), row('d', 25)];
    const partitions = [{ whole: 'all', parts: ['a', 'b', 'c', 'd'] }];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10, partitions }))).toEqual(['a', 'c']);
  });

  it('judges the groups of a multi-valued attribute on their own cells, declaring no partition', () => {
    // Risk factors: one participant may count in several rows, so the rows add up to more than the total.
    const rows = [row('all', 40), row('isolated', 30), row('bereaved', 6), row('low-income', 25)];

    expect(suppressedKeys(suppressForFunder(rows, { minCell: 10 }))).toEqual(['bereaved']);
  });

  it('rejects two rows with one key and partitions of rows that are not there', () => {
    expect(() => suppressForFunder([row('a', 10), row('a', 12)], { minCell: 10 })).toThrow(DuplicateRowKeyError);
    expect(() =>
      suppressForFunder([row('a', 10)], { minCell: 10, partitions: [{ whole: 'all', parts: ['a', 'b'] }] }),
    ).toThrow(InvalidPartitionError);
    expect(() =>
      suppressForFunder([row('a', 10)], { minCell: 10, partitions: [{ whole: 'a', parts: ['a'] }] }),
    ).toThrow(InvalidPartitionError);
  });
});

describe(withholdSmallCount.name, () => {
  it('withholds counts from 1 to k − 1 and shows 0 and counts of k or more', () => {
    expect([0, 1, 9, 10, 11].map((count) => withholdSmallCount(count, 10))).toEqual([0, null, null, 10, 11]);
  });

  it('refuses a k below 5', () => {
    expect(() => withholdSmallCount(3, 4)).toThrow(MinimumCellSizeTooSmallError);
  });
});
