import type { Partition } from './partition';

/**
 * The populations whose counts follow exactly from the shown ones by the sums the partitions
 * state: each partition is the equation whole − Σ parts = 0, and a population that is not shown is
 * derivable when its unit vector lies in the row space of those equations restricted to the
 * populations not shown. Sums are all that is used: bounds from counts being non-negative are not.
 */
export function findDerivablePopulations(
  partitions: readonly Partition[],
  isShown: (key: string) => boolean,
): Set<string> {
  const unknowns = [...new Set(partitions.flatMap(({ whole, parts }) => [whole, ...parts]))].filter(
    (key) => !isShown(key),
  );
  const columnOf = new Map(unknowns.map((key, column) => [key, column]));
  const equations = partitions.map(({ whole, parts }) => {
    const coefficients = unknowns.map(() => 0n);
    const add = (key: string, coefficient: bigint) => {
      const column = columnOf.get(key);
      if (column !== undefined) coefficients[column] += coefficient;
    };
    add(whole, 1n);
    parts.forEach((part) => add(part, -1n));
    return coefficients;
  });
  const derivable = new Set<string>();
  for (const [column, row] of reduceRowEchelon(equations, unknowns.length)) {
    if (row.every((coefficient, other) => other === column || coefficient === 0n)) derivable.add(unknowns[column]);
  }
  return derivable;
}

/**
 * Gauss–Jordan elimination in exact integers (each combined row is divided by the gcd of its
 * entries): the pivot row of each pivot column, zero in every other pivot column.
 */
function reduceRowEchelon(equations: readonly bigint[][], width: number): Map<number, bigint[]> {
  const pivotRows = new Map<number, bigint[]>();
  let unused = [...equations];
  for (let column = 0; column < width; column++) {
    const pivot = unused.find((row) => row[column] !== 0n);
    if (pivot === undefined) continue;
    const eliminate = (row: bigint[]) =>
      row[column] === 0n ? row : divideByGcd(row.map((entry, i) => entry * pivot[column] - pivot[i] * row[column]));
    unused = unused.filter((row) => row !== pivot).map(eliminate);
    for (const [pivotColumn, row] of pivotRows) pivotRows.set(pivotColumn, eliminate(row));
    pivotRows.set(column, pivot);
  }
  return pivotRows;
}

function divideByGcd(row: bigint[]): bigint[] {
  const divisor = row.reduce((gcd, entry) => greatestCommonDivisor(gcd, entry < 0n ? -entry : entry), 0n);
  return divisor > 1n ? row.map((entry) => entry / divisor) : row;
}

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  return b === 0n ? a : greatestCommonDivisor(b, a % b);
}
