import { ValidateBy, type ValidationOptions } from 'class-validator';
import { quoted } from './each-item-problems';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with its offset (API.md: instants are ISO 8601 with offset). */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
        defaultMessage: (args) =>
          `${quoted(args?.value)} is not an instant written like 2026-06-30T23:59:59Z or 2026-06-30T23:59:59+02:00`,
      },
    },
    options,
  );
}
