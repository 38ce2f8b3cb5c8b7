import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENTS, type ItemResponse } from '@outcome/instruments';
import { IsArray, IsDefined, IsInt, Max, Min } from 'class-validator';
import { AreResponsesOf } from '../http/validation/are-responses-of';
import { IsCalendarDate } from '../http/validation/is-calendar-date';
import { IsOneOf } from '../http/validation/is-one-of';

const INSTRUMENT_IDS = INSTRUMENTS.map((instrument) => instrument.id);

export class RecordMeasurementDto {
  @ApiProperty({ enum: INSTRUMENT_IDS, example: 'djg-6' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(INSTRUMENT_IDS)
  readonly instrument!: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 0, description: '0 is the baseline; 1, 2, … are follow-ups' })
  @IsDefined({ message: 'is required' })
  @IsInt({ message: 'must be a whole number (0 for the baseline)' })
  @Min(0, { message: 'must be 0 (baseline) or more' })
  @Max(100, { message: 'must be at most 100' })
  readonly wave!: number;

  @ApiProperty({ format: 'date', example: '2026-02-01' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly takenOn!: string;

  @ApiProperty({
    description: "One answer per item, in the instrument's order, with its answer codes; null marks a missing item",
    example: ['yes', 'more-or-less', 'no', 'no', 'more-or-less', null],
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
  })
  @IsDefined({ message: 'is required' })
  @IsArray({ message: 'must be a list with one answer per item' })
  @AreResponsesOf('instrument')
  readonly responses!: ItemResponse[];
}

export class MeasurementRecordedDto {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({
    description: 'Every scale of the instrument, null where its missing-item rule forbids a score',
    example: { total: 3, emotional: 2, social: 1 },
    additionalProperties: { type: 'number', nullable: true },
  })
  readonly scores!: Record<string, number | null>;

  @ApiProperty({ example: '42' })
  readonly position!: string;
}
