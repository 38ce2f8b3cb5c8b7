/** The reference cases' tolerance: relative 1e-6 (absolute at 0). */
export const RELATIVE_TOLERANCE = 1e-6;

/** Every place where `actual` differs from `expected`: other fields, other nulls, or numbers beyond the tolerance. */
export function differencesFrom(actual: unknown, expected: unknown, at = '$'): string[] {
  if (typeof expected === 'number') {
    const close =
      typeof actual === 'number' &&
      Math.abs(actual - expected) <= RELATIVE_TOLERANCE * (expected === 0 ? 1 : Math.abs(expected));
    return close ? [] : [`${at}: ${String(actual)} instead of ${expected}`];
  }
  if (expected === null || typeof expected !== 'object') {
    return actual === expected ? [] : [`${at}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`];
  }
  if (actual === null || typeof actual !== 'object') return [`${at}: ${JSON.stringify(actual)} instead of an object`];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].flatMap((key) =>
    key in expected
      ? differencesFrom(
          (actual as Record<string, unknown>)[key],
          (expected as Record<string, unknown>)[key],
          `${at}.${key}`,
        )
      : [`${at}.${key}: not in the reference`],
  );
}
