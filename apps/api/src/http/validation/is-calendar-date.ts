import { isCalendarDate } from '@outcome/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { quoted } from './each-item-problems';

/** A real day written `YYYY-MM-DD` (docs/api.md: dates are `YYYY-MM-DD`). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${quoted(args?.value)} is not a date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
