import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_KINDS, type ContactKind } from '@outcome/domain';
import { IsDefined, IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../http/validation/is-calendar-date';
import { IsOneOf } from '../http/validation/is-one-of';

export class LogContactDto {
  @ApiProperty({ format: 'date', example: '2026-02-08' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly on!: string;

  @ApiProperty({ minimum: 1, maximum: 1440, example: 45 })
  @IsDefined({ message: 'is required' })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(1440, { message: 'must be at most 1440 (one day)' })
  readonly minutes!: number;

  @ApiProperty({ enum: CONTACT_KINDS, example: 'visit' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(CONTACT_KINDS)
  readonly kind!: ContactKind;
}
