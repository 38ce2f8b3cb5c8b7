import fc from 'fast-check';
import { findDerivableRows, rank } from './derivable-rows';

function transpose(matrix: readonly (readonly bigint[])[]): bigint[][] {
  return (matrix[0] ?? []).map((_, column) => matrix.map((row) => row[column]));
}

describe(rank.name, () => {
  it('counts the independent vectors among dependent ones', () => {
    const vectors = [
      [1n, 1n, 0n],
      [0n, 1n, 1n],
      [1n, 2n, 1n],
    ];

    expect(rank(vectors)).toBe(2);
  });

  it('is the same for a matrix and its transpose, for random integer matrices', () => {
    const matrix = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([height, width]) =>
      fc.array(fc.array(fc.bigInt({ min: -3n, max: 3n }), { minLength: width, maxLength: width }), {
        minLength: height,
        maxLength: height,
      }),
    );

    fc.assert(fc.property(matrix, (sut) => expect(rank(sut)).toBe(rank(transpose(sut)))));
  });
});

describe(findDerivableRows.name, () => {
  // Atoms of a 2 × 2 table: 0 = young treated, 1 = young control, 2 = old treated, 3 = old control.
  const table = {
    atomCount: 4,
    atomsOfRow: new Map([
      ['all', [0, 1, 2, 3]],
      ['young', [0, 1]],
      ['old', [2, 3]],
      ['treated', [0, 2]],
      ['control', [1, 3]],
      ['young-treated', [0]],
    ]),
  };

  it('derives a group as the total minus the other group', () => {
    expect(findDerivableRows(table, new Set(['all', 'young']))).toEqual(['old']);
  });

  it('derives a total through one split and a group through the other', () => {
    expect(findDerivableRows(table, new Set(['young', 'old', 'treated']))).toEqual(['all', 'control']);
  });

  it('derives a cell only from margins that pin it down', () => {
    expect(findDerivableRows(table, new Set(['all', 'young', 'treated']))).toEqual(['old', 'control']);
    expect(findDerivableRows(table, new Set(['young', 'treated', 'control', 'old']))).toEqual(['all']);
  });
});
