import { ValidateBy, type ValidationOptions } from 'class-validator';
import { eachItemProblems, quoted } from './each-item-problems';

const MAX_LENGTH = 200;

function problemOf(item: unknown): string | null {
  if (typeof item !== 'string') return `${quoted(item)} must be text`;
  if (item.trim().length === 0) return 'must not be empty';
  return item.length > MAX_LENGTH ? `must be at most ${MAX_LENGTH} characters` : null;
}

/** A list of non-empty texts (ids, names); each bad item is named by its index. */
export function EachIsText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'eachIsText',
      validator: {
        validate: (value) => Array.isArray(value) && value.every((item) => problemOf(item) === null),
        defaultMessage: (args) =>
          Array.isArray(args?.value) ? eachItemProblems(args.value, problemOf) : 'must be a list',
      },
    },
    options,
  );
}
