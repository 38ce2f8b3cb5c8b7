/**
 * class-validator gives a primitive array one message; to name the failing items by path, array
 * validators write one line per bad item as `[index]: problem`, which fieldProblemsOf splits.
 */
export function eachItemProblems(items: readonly unknown[], problemOf: (item: unknown) => string | null): string {
  return items
    .map((item, index) => {
      const problem = problemOf(item);
      return problem === null ? null : `[${index}]: ${problem}`;
    })
    .filter((line): line is string => line !== null)
    .join('\n');
}

/** Longest prefix of a bad value an error answer quotes: it names the value, it does not echo it. */
const QUOTED_PREFIX = 24;

export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const prefix = text.length > QUOTED_PREFIX ? `${text.slice(0, QUOTED_PREFIX)}…` : text;
  return typeof value === 'string' ? `"${prefix}"` : prefix;
}
