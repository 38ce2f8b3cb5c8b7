/** One field of a published Outcome that its recomputation does not give. */
export interface FieldDifference {
  /** Dotted path, e.g. `arms.intervention.meanChange`. */
  readonly field: string;
  readonly published: unknown;
  readonly recomputed: unknown;
}

/**
 * Every leaf field where the two answers differ, in the published answer's order; `asOf` (when it
 * was read) and the top-level fields named in `ignored` are left out.
 */
export function outcomeDifferences(
  published: unknown,
  recomputed: unknown,
  ignored: readonly string[] = [],
): FieldDifference[] {
  return differencesAt(published, recomputed, '', new Set(['asOf', ...ignored]));
}

function differencesAt(
  published: unknown,
  recomputed: unknown,
  path: string,
  ignored: ReadonlySet<string>,
): FieldDifference[] {
  if (isRecord(published) && isRecord(recomputed)) {
    const fields = [...new Set([...Object.keys(published), ...Object.keys(recomputed)])];
    return fields
      .filter((field) => !(path === '' && ignored.has(field)))
      .flatMap((field) =>
        differencesAt(published[field], recomputed[field], path ? `${path}.${field}` : field, ignored),
      );
  }
  if (Array.isArray(published) && Array.isArray(recomputed) && published.length === recomputed.length) {
    return published.flatMap((item, i) => differencesAt(item, recomputed[i], `${path}[${i}]`, ignored));
  }
  return sameValue(published, recomputed) ? [] : [{ field: path, published, recomputed }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
