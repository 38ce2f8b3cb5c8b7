import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A field that belongs with some values of another (`organisationId` only with role `organisation`). */
export function OnlyFor(property: string, values: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'onlyFor',
      validator: {
        validate: (_value, args) => values.includes((args?.object as Record<string, unknown>)[property] as string),
        defaultMessage: () => `is only for ${property} ${values.join(' or ')}`,
      },
    },
    options,
  );
}
