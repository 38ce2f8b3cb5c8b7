import fc from 'fast-check';
import { hostileJsonValue } from './hostile-values';
import type { OpenApiSchema } from './openapi-routes';

const OMITTED = Symbol('omitted');
const DATES = ['2026-01-10', '2026-02-01', '2026-03-15', '2026-12-31'] as const;

/** A value the schema allows, mostly: close enough to valid that validation is walked deep. */
export function plausibleValue(schema: OpenApiSchema): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.oneOf?.length) return fc.oneof(...schema.oneOf.map(plausibleValue));
  switch (schema.type) {
    case 'object':
      return plausibleObject(schema);
    case 'array':
      return fc.oneof(
        fc.array(plausibleValue(schema.items ?? {}), { maxLength: 12 }),
        ...(schema.example === undefined ? [] : [fc.constant(schema.example)]),
      );
    case 'number':
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'date') return fc.constantFrom(...DATES);
      return fc.oneof(
        ...(schema.example === undefined ? [] : [fc.constant(schema.example)]),
        fc.string({ minLength: 1, maxLength: 30 }),
      );
    default:
      return schema.properties ? plausibleObject(schema) : hostileJsonValue;
  }
}

/** A field's value: plausible four times in five, anything at all otherwise. */
function fieldValue(schema: OpenApiSchema): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: plausibleValue(schema) }, { weight: 1, arbitrary: hostileJsonValue });
}

/** An object of the schema's fields (required ones mostly present), now and then with a field it does not know. */
export function plausibleObject(schema: OpenApiSchema): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(schema.required ?? []);
  const fields = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      fc.option(fieldValue(property), { freq: required.has(name) ? 12 : 2, nil: OMITTED }),
    ]),
  );
  const unknownField = fc.option(fc.tuple(fc.string({ maxLength: 12 }), hostileJsonValue), { freq: 6, nil: null });
  return fc.tuple(fc.record(fields), unknownField).map(([record, extra]) => {
    const object: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record)) if (value !== OMITTED) object[name] = value;
    // defineProperty: a plain assignment of "__proto__" would set the prototype instead of a field.
    if (extra) Object.defineProperty(object, extra[0], { value: extra[1], enumerable: true, configurable: true });
    return object;
  });
}
