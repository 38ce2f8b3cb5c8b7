import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ViewReadQueryDto } from '../consistency/view-read-query.dto';
import { IsOneOf } from '../http/validation/is-one-of';
import { OutcomeQueryDto } from './outcome-query.dto';

export class EnrolmentQueryDto extends ViewReadQueryDto {
  @ApiPropertyOptional({ enum: ['month'], default: 'month', description: 'Calendar months from the project’s start' })
  @IsOptional()
  @IsOneOf(['month'])
  readonly interval?: 'month';
}

export class MeasurementsDueQueryDto extends ViewReadQueryDto {
  @ApiPropertyOptional({
    example: '12',
    default: '12',
    description: 'Weeks after the last measurement of an instrument at which the next wave is due',
  })
  @IsOptional()
  @Matches(/^([1-9]\d?|[1-4]\d\d|5[01]\d|520)$/, { message: 'must be a whole number of weeks from 1 to 520' })
  readonly afterWeeks?: string;
}

export class DoseResponseQueryDto extends OutcomeQueryDto {
  @ApiPropertyOptional({
    example: '0,10,25,50',
    default: '0,10,25,50',
    description: 'Lower bounds of the bands in contact hours, from 0, increasing; the last band is open',
  })
  @IsOptional()
  @Matches(/^0(,(\d{1,4}(\.\d{1,2})?)){0,19}$/, {
    message: 'must be up to 20 increasing hour bounds starting at 0, separated by commas, such as 0,10,25,50',
  })
  readonly bands?: string;
}
