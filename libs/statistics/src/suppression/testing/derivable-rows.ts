/**
 * An answer as an outsider reasons about it: the population is split into atoms, each of unknown
 * count, and every row counts the atoms listed for it, so its count is the sum of theirs.
 */
export interface AtomicAnswer {
  readonly atomCount: number;
  readonly atomsOfRow: ReadonlyMap<string, readonly number[]>;
}

/**
 * The rows that are not shown whose counts follow from the shown rows' counts by sums: those
 * whose atom-membership vector lies in the span of the shown rows' vectors (adding it to them
 * does not raise their rank). Written apart from the library's partition algebra to check it.
 */
export function findDerivableRows(answer: AtomicAnswer, shown: ReadonlySet<string>): string[] {
  const membership = (key: string) => {
    const vector = Array.from({ length: answer.atomCount }, () => 0n);
    for (const atom of answer.atomsOfRow.get(key) ?? []) vector[atom] = 1n;
    return vector;
  };
  const shownVectors = [...shown].map(membership);
  const shownRank = rank(shownVectors);
  return [...answer.atomsOfRow.keys()].filter(
    (key) => !shown.has(key) && rank([...shownVectors, membership(key)]) === shownRank,
  );
}

/**
 * Rank over the rationals by fraction-free elimination (Bareiss 1968, "Sylvester's identity and
 * multistep integer-preserving Gaussian elimination"): every division by the previous pivot is exact.
 */
export function rank(vectors: readonly (readonly bigint[])[]): number {
  const rows = vectors.map((vector) => [...vector]);
  const width = rows[0]?.length ?? 0;
  let pivotCount = 0;
  let previousPivot = 1n;
  for (let column = 0; column < width && pivotCount < rows.length; column++) {
    const pivotIndex = rows.findIndex((row, index) => index >= pivotCount && row[column] !== 0n);
    if (pivotIndex === -1) continue;
    [rows[pivotCount], rows[pivotIndex]] = [rows[pivotIndex], rows[pivotCount]];
    const pivotRow = rows[pivotCount];
    for (const row of rows.slice(pivotCount + 1)) {
      for (let other = column + 1; other < width; other++) {
        row[other] = (pivotRow[column] * row[other] - row[column] * pivotRow[other]) / previousPivot;
      }
      row[column] = 0n;
    }
    previousPivot = pivotRow[column];
    pivotCount++;
  }
  return pivotCount;
}
