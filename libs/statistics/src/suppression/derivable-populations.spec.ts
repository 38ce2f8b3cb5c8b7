import { findDerivablePopulations } from './derivable-populations';
import type { Partition } from './partition';

function derivable(partitions: Partition[], shown: string[]): string[] {
  return [...findDerivablePopulations(partitions, (key) => shown.includes(key))].sort();
}

describe(findDerivablePopulations.name, () => {
  const byAgeBand: Partition = { whole: 'all', parts: ['young', 'middle', 'old'] };

  it('derives the one hidden group of a shown total', () => {
    expect(derivable([byAgeBand], ['all', 'young', 'middle'])).toEqual(['old']);
  });

  it('derives a hidden total from its shown groups', () => {
    expect(derivable([byAgeBand], ['young', 'middle', 'old'])).toEqual(['all']);
  });

  it('derives nothing when two groups of a shown total are hidden', () => {
    expect(derivable([byAgeBand], ['all', 'young'])).toEqual([]);
  });

  it('derives a group through a total that another grouping reveals', () => {
    const byArm: Partition = { whole: 'all', parts: ['intervention', 'comparison'] };

    expect(derivable([byAgeBand, byArm], ['intervention', 'comparison', 'young', 'middle'])).toEqual(['all', 'old']);
  });

  it('derives a group down a chain of nested partitions', () => {
    const nested: Partition[] = [
      { whole: 'all', parts: ['north', 'south'] },
      { whole: 'south', parts: ['coast', 'inland'] },
    ];

    expect(derivable(nested, ['all', 'north', 'coast'])).toEqual(['inland', 'south']);
  });

  it('derives groups that no single partition gives away', () => {
    // a = x + y, b = x + z, c = y + z: every sum has two unknowns, yet x = (a + b − c) / 2.
    const overlapping: Partition[] = [
      { whole: 'a', parts: ['x', 'y'] },
      { whole: 'b', parts: ['x', 'z'] },
      { whole: 'c', parts: ['y', 'z'] },
    ];

    expect(derivable(overlapping, ['a', 'b', 'c'])).toEqual(['x', 'y', 'z']);
  });

  it('derives nothing from a cycle of hidden cells', () => {
    // A 2 × 2 table with shown margins and hidden cells: each cell can move by ±1 around the cycle.
    const table: Partition[] = [
      { whole: 'row1', parts: ['r1c1', 'r1c2'] },
      { whole: 'row2', parts: ['r2c1', 'r2c2'] },
      { whole: 'col1', parts: ['r1c1', 'r2c1'] },
      { whole: 'col2', parts: ['r1c2', 'r2c2'] },
    ];

    expect(derivable(table, ['row1', 'row2', 'col1', 'col2'])).toEqual([]);
  });
});
