import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ItemResponse } from '@outcome/instruments';
import { IsArray, IsDefined, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../http/validation/is-calendar-date';

export class CorrectMeasurementDto {
  @ApiProperty({
    description: "The corrected answers, one per item in the instrument's order; null marks a missing item",
    example: ['yes', 'yes', 'no', 'no', 'more-or-less', 'no'],
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
  })
  @IsDefined({ message: 'is required' })
  @IsArray({ message: 'must be a list with one answer per item' })
  readonly responses!: ItemResponse[];

  @ApiPropertyOptional({ format: 'date', description: 'Corrects the date too; kept when absent' })
  @IsOptional()
  @IsCalendarDate()
  readonly takenOn?: string;
}

export class MeasurementCorrectedDto {
  @ApiProperty({
    example: { total: 2, emotional: 1, social: 1 },
    additionalProperties: { type: 'number', nullable: true },
  })
  readonly scores!: Record<string, number | null>;

  @ApiProperty({ example: '43' })
  readonly position!: string;
}
