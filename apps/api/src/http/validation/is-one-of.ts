import { ValidateBy, type ValidationOptions } from 'class-validator';
import { eachItemProblems, quoted } from './each-item-problems';

function problemOf(value: unknown, allowed: readonly unknown[]): string | null {
  return allowed.includes(value) ? null : `${quoted(value)} is not one of ${allowed.join(', ')}`;
}

/** One value of a vocabulary; the message lists the vocabulary. */
export function IsOneOf(allowed: readonly unknown[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOneOf',
      validator: {
        validate: (value) => allowed.includes(value),
        defaultMessage: (args) => problemOf(args?.value, allowed) ?? '',
      },
    },
    options,
  );
}

/** An array whose every item is one value of a vocabulary; each bad item is named by its index. */
export function EachIsOneOf(allowed: readonly unknown[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'eachIsOneOf',
      validator: {
        validate: (value) => Array.isArray(value) && value.every((item) => allowed.includes(item)),
        defaultMessage: (args) =>
          Array.isArray(args?.value)
            ? eachItemProblems(args.value, (item) => problemOf(item, allowed))
            : 'must be a list',
      },
    },
    options,
  );
}
