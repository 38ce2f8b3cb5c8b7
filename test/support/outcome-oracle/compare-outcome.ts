export interface OutcomeDifference {
  path: string;
  actual: unknown;
  expected: unknown;
}

/** Below this, numbers are compared absolutely: a relative tolerance means nothing at 0. */
const ABSOLUTE_TOLERANCE_NEAR_ZERO = 1e-9;

function numbersAgree(actual: number, expected: number, relativeTolerance: number): boolean {
  if (Object.is(actual, expected)) return true;
  const gap = Math.abs(actual - expected);
  return (
    gap <= ABSOLUTE_TOLERANCE_NEAR_ZERO || gap <= relativeTolerance * Math.max(Math.abs(actual), Math.abs(expected))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(
  actual: unknown,
  expected: unknown,
  path: string,
  relativeTolerance: number,
  differences: OutcomeDifference[],
): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (!numbersAgree(actual, expected, relativeTolerance)) differences.push({ path, actual, expected });
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let index = 0; index < length; index++) {
      collect(actual[index], expected[index], `${path}[${index}]`, relativeTolerance, differences);
    }
    return;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of Object.keys(expected)) {
      collect(actual[key], expected[key], path === '' ? key : `${path}.${key}`, relativeTolerance, differences);
    }
    return;
  }
  if (!Object.is(actual, expected)) differences.push({ path, actual, expected });
}

/**
 * Every field of `expected` that `actual` does not match, by path (`arms.intervention.ci95[1]`):
 * numbers to a relative tolerance (absolute 1e-9 near zero), everything else exactly. Fields only
 * `actual` has (projectId, asOf, …) are not compared, so an API answer can be held against the oracle.
 */
export function compareOutcome(actual: unknown, expected: unknown, relativeTolerance = 1e-6): OutcomeDifference[] {
  const differences: OutcomeDifference[] = [];
  collect(actual, expected, '', relativeTolerance, differences);
  return differences;
}
