import fc from 'fast-check';

/** Dates and instants that look right and do not exist, or are not dates at all. */
export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '2026-2-3',
  '+02026-01-01',
  '2026-02-30T00:00:00Z',
  '2026-06-30T24:00:00Z',
  '2026-06-30T23:60:00+02:00',
  '2026-06-30T12:00:00+25:00',
  '2026-06-30T12:00:00',
  '9999999-01-01',
] as const;

/** Text that a JSON body may carry and no text field may take. */
export const LONE_SURROGATES = ['\ud800', 'a\udfffb', 'mia\ud83d@example.org', '\udc00\ud800'] as const;

/** A JSON text nested `depth` levels deep: built as text, since JSON.stringify would overflow its own stack. */
export function deeplyNestedJson(depth: number, opening: '[' | '{"a":' = '['): string {
  const closing = opening === '[' ? ']' : '}';
  return `${opening.repeat(depth)}1${closing.repeat(depth)}`;
}

const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 2 ** 53, -(2 ** 53), 1e308, -0, 0.5, 101, 1000),
);

const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...IMPOSSIBLE_DATES, ...LONE_SURROGATES, '', ' ', 'null', '__proto__', 'x'.repeat(300)),
);

/** Any JSON value a hostile client might put where a field is expected. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    texts,
    numbers,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** A query value, raw as it goes on the wire (already percent-encoded where it needs to be). */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.string().map(encodeURIComponent),
  fc.string({ unit: 'grapheme' }).map(encodeURIComponent),
  fc.constantFrom(...IMPOSSIBLE_DATES).map(encodeURIComponent),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('%', '%zz', '%ED%A0%80', '%F0%9F%98', '%00', '', '-1', '1e9', '0x10', 'x'.repeat(3000)),
);

/** A path segment, raw as it goes on the wire. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1 }).map(encodeURIComponent),
  fc.constantFrom('%ED%A0%80', '%', '%zz', '%00', '..', '%2E%2E%2F', 'x'.repeat(5000), '0', '-1', 'null'),
);
