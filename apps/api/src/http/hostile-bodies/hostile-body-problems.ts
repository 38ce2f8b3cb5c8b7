import type { FieldProblem } from '../api-error-body';

/** Deepest nesting a body may have: the deepest write (an enrolment's `personal`) needs 2 levels. */
export const BODY_DEPTH_LIMIT = 16;

/** Keys that could reach an object's prototype: refused as unknown fields wherever they appear. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A UTF-16 code unit of a surrogate pair without its other half: not text, and refused by PostgreSQL. */
const LONE_SURROGATE = /\p{Cs}/u;

export type HostileBodyVerdict =
  | { readonly outcome: 'acceptable' }
  | { readonly outcome: 'too-deep' }
  | { readonly outcome: 'refused'; readonly problems: readonly FieldProblem[] };

interface Visit {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
}

/**
 * What a parsed JSON body holds that no route may take: nesting deeper than the limit (which would
 * overflow the stack of the validators that walk it), prototype keys, and strings that are not
 * valid Unicode. Walks the body without recursion, so that its own stack is never at risk.
 */
export function hostileBodyProblems(body: unknown): HostileBodyVerdict {
  const problems: FieldProblem[] = [];
  const pending: Visit[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) problems.push({ path: pathOrBody(path), message: NOT_UNICODE });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= BODY_DEPTH_LIMIT) return { outcome: 'too-deep' };
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [`[${index}]`, item])
      : Object.entries(value);
    for (const [key, item] of entries.reverse()) {
      const itemPath = Array.isArray(value) ? `${path}${key}` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) problems.push({ path: itemPath, message: UNKNOWN });
      else if (!Array.isArray(value) && LONE_SURROGATE.test(key)) {
        problems.push({ path: pathOrBody(path), message: 'has a field name that is not valid Unicode text' });
      } else pending.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return problems.length ? { outcome: 'refused', problems } : { outcome: 'acceptable' };
}

const UNKNOWN = 'is not a known field';
const NOT_UNICODE = 'holds a lone surrogate: it is not valid Unicode text';

function pathOrBody(path: string): string {
  return path || 'body';
}
