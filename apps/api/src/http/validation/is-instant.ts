import { isCalendarDate } from '@outcome/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { quoted } from './each-item-problems';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 instant with its offset (docs/api.md: instants are ISO 8601 with offset), on a day that
 * exists: `Date.parse` would roll 2026-02-30 over to 2 March.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = INSTANT.exec(value);
  if (!parts || !isCalendarDate(parts[1])) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [parts[2], parts[3], parts[4], parts[6], parts[7]].map(
    (part) => Number(part ?? 0),
  );
  return hour! < 24 && minute! < 60 && second! < 60 && offsetHour! < 24 && offsetMinute! < 60;
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: (args) =>
          `${quoted(args?.value)} is not an instant written like 2026-06-30T23:59:59Z or 2026-06-30T23:59:59+02:00`,
      },
    },
    options,
  );
}
