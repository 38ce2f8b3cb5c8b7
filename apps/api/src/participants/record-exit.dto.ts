import { ApiProperty } from '@nestjs/swagger';
import { EXIT_REASONS, type ExitReason } from '@outcome/domain';
import { IsDefined } from 'class-validator';
import { IsCalendarDate } from '../http/validation/is-calendar-date';
import { IsOneOf } from '../http/validation/is-one-of';

export class RecordExitDto {
  @ApiProperty({ format: 'date', example: '2026-06-30' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly on!: string;

  @ApiProperty({ enum: EXIT_REASONS, example: 'completed' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(EXIT_REASONS)
  readonly reason!: ExitReason;
}

export class WithdrawConsentDto {
  @ApiProperty({ format: 'date', example: '2026-05-01' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly on!: string;
}
