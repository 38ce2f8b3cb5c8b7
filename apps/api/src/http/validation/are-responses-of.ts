import { findInstrument, validateResponses } from '@outcome/instruments';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

function problemsOf(args: ValidationArguments): string[] {
  const instrumentId = (args.object as Record<string, unknown>)[args.constraints[0] as string];
  const instrument = typeof instrumentId === 'string' ? findInstrument(instrumentId) : undefined;
  // An unknown instrument is reported on its own field; the responses cannot be judged without it.
  if (!instrument) return [];
  return validateResponses(instrument, args.value).map((problem) =>
    problem.path.startsWith('responses[')
      ? `${problem.path.slice('responses'.length)}: ${problem.message}`
      : problem.message,
  );
}

/**
 * Responses that fit the instrument named by another property: the right number of answers, each
 * one of the item's codes or null, at least one answered (docs/instruments.md "Invalid answers").
 */
export function AreResponsesOf(instrumentProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'areResponsesOf',
      constraints: [instrumentProperty],
      validator: {
        validate: (_value, args) => (args ? problemsOf(args).length === 0 : false),
        defaultMessage: (args) => (args ? problemsOf(args).join('\n') : ''),
      },
    },
    options,
  );
}
