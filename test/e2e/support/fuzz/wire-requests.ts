import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { deeplyNestedJson, hostilePathSegment, hostileQueryValue } from './hostile-values';
import type { DocumentedRoute, OpenApiSchema } from './openapi-routes';
import { plausibleObject, plausibleValue } from './schema-values';
import { hostileJsonValue } from './hostile-values';

/** A request as it goes on the wire, with what kind of hostility it carries (for the counts). */
export interface WireRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  readonly kind: string;
}

/** Who sends a request: a name the test resolves to a bearer token (or none). */
export type Caller = 'owner' | 'other organisation' | 'funder' | 'evaluator' | 'admin' | 'revoked' | 'unknown' | 'none';

const CALLERS = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Caller>('owner') },
  {
    weight: 4,
    arbitrary: fc.constantFrom<Caller>(
      'other organisation',
      'funder',
      'evaluator',
      'admin',
      'revoked',
      'unknown',
      'none',
    ),
  },
);

const LARGE_MANY_PROBLEMS = JSON.stringify(
  Object.fromEntries(Array.from({ length: 4_000 }, (_, index) => [`field${index}`, `${'v'.repeat(90)}`])),
);
const LARGE_BAD_LIST = JSON.stringify({ responses: Array.from({ length: 4_000 }, () => 'x'.repeat(90)) });
const OVER_THE_LIMIT = JSON.stringify({ name: 'x'.repeat(1_100_000) });

/** Bodies of every hostile kind, each as bytes with the headers it is sent with. */
function bodies(schema: OpenApiSchema | undefined): fc.Arbitrary<Pick<WireRequest, 'body' | 'headers' | 'kind'>> {
  const json = (kind: string) => (text: string | Buffer) => ({
    body: text,
    headers: { 'Content-Type': 'application/json' },
    kind,
  });
  const fields: OpenApiSchema = schema ?? { type: 'object', properties: {} };
  return fc.oneof(
    { weight: 16, arbitrary: plausibleObject(fields).map((value) => json('fields')(JSON.stringify(value))) },
    { weight: 3, arbitrary: hostileJsonValue.map((value) => json('any value')(JSON.stringify(value) ?? 'null')) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 17, max: 5_000 }), fc.constantFrom<'[' | '{"a":'>('[', '{"a":'))
        .map(([depth, opening]) => json('deep')(`{"personal":{"notes":${deeplyNestedJson(depth, opening)}}}`)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), plausibleObject(fields))
        .map(([key, value]) => json('prototype key')(`{"${key}":{"admin":true},${JSON.stringify(value).slice(1)}`)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('gzip', 'br', 'deflate', 'compress', 'x-unknown'),
          fc.oneof(
            fc.uint8Array({ maxLength: 64 }).map(Buffer.from),
            plausibleValue(fields).map((value) => gzipSync(JSON.stringify(value))),
          ),
        )
        .map(([encoding, bytes]) => ({
          body: bytes,
          headers: { 'Content-Type': 'application/json', 'Content-Encoding': encoding },
          kind: 'compressed',
        })),
    },
    { weight: 2, arbitrary: fc.string().map(json('not JSON')) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(LARGE_MANY_PROBLEMS, LARGE_BAD_LIST).map(json('400 KB of problems')),
    },
    { weight: 1, arbitrary: fc.constant(OVER_THE_LIMIT).map(json('over the limit')) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1')
        .map((type) => ({ body: 'name=x', headers: { 'Content-Type': type }, kind: 'other type' })),
    },
    { weight: 1, arbitrary: fc.constant({ headers: {}, kind: 'no body' }) },
  );
}

function pathOf(route: DocumentedRoute, ids: (parameter: string) => fc.Arbitrary<string>): fc.Arbitrary<string> {
  const segments = route.pathParameters.map((parameter) =>
    fc.oneof({ weight: 5, arbitrary: ids(parameter) }, { weight: 2, arbitrary: hostilePathSegment }),
  );
  return fc
    .tuple(...segments)
    .map((values) =>
      route.pathParameters.reduce(
        (path, parameter, index) => path.replace(`{${parameter}}`, values[index]!),
        route.path,
      ),
    );
}

/** Mostly positions already reached, so that a read does not wait for one (hostile values still ask for others). */
const REACHED_POSITIONS: Readonly<Record<string, readonly string[]>> = { consistentWith: ['0', '1', '2'] };

/**
 * A position far ahead makes a read wait its full 10 s before its 503 (docs/api.md "Reads"): a
 * right, not a fault, tested elsewhere; here it would only slow the run down.
 */
function waitsLong(name: string, value: string): boolean {
  return name === 'consistentWith' && /^\d{3,}$/.test(value);
}

function queryOf(route: DocumentedRoute): fc.Arbitrary<string> {
  const values = route.queryParameters.map(({ name, schema }) =>
    fc.option(
      fc
        .oneof(
          {
            weight: 3,
            arbitrary: REACHED_POSITIONS[name]
              ? fc.constantFrom(...REACHED_POSITIONS[name])
              : plausibleValue(schema).map((value) => encodeURIComponent(String(value))),
          },
          { weight: 4, arbitrary: hostileQueryValue },
        )
        .filter((value) => !waitsLong(name, value))
        .map((value) => `${name}=${value}`),
      { freq: 2 },
    ),
  );
  const extras = fc.option(
    fc.oneof(
      fc.constantFrom('unknown=1', 'asOf=2026-02-30', 'asOf[]=1', '__proto__=1', 'constructor[prototype]=1'),
      ...route.queryParameters.map(({ name }) =>
        hostileQueryValue.filter((value) => !waitsLong(name, value)).map((value) => `${name}=${value}`),
      ),
    ),
    { freq: 4 },
  );
  return fc.tuple(fc.tuple(...values), extras).map(([parts, extra]) => {
    const query = [...parts, extra].filter((part): part is string => part !== null);
    return query.length ? `?${query.join('&')}` : '';
  });
}

const IDEMPOTENCY_KEYS = fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant('k'.repeat(300))), {
  freq: 4,
});

export interface HostileRequest {
  readonly caller: Caller;
  readonly request: WireRequest;
}

/** Requests to one documented route, every part of them generated from the document. */
export function hostileRequests(
  route: DocumentedRoute,
  ids: (parameter: string) => fc.Arbitrary<string>,
): fc.Arbitrary<HostileRequest> {
  const takesBody = route.method !== 'get';
  return fc
    .record({
      caller: CALLERS,
      path: pathOf(route, ids),
      query: queryOf(route),
      body: takesBody
        ? bodies(route.body)
        : fc.constant<Pick<WireRequest, 'body' | 'headers' | 'kind'>>({
            headers: {},
            kind: route.queryParameters.length ? 'query' : 'path',
          }),
      idempotencyKey: takesBody ? IDEMPOTENCY_KEYS : fc.constant(null),
    })
    .map(({ caller, path, query, body, idempotencyKey }) => ({
      caller,
      request: {
        url: `${path}${query}`,
        headers: { ...body.headers, ...(idempotencyKey === null ? {} : { 'Idempotency-Key': idempotencyKey }) },
        body: body.body,
        kind: body.kind,
      },
    }));
}
