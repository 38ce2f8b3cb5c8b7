import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVENTION_TYPES, type InterventionType } from '@outcome/domain';
import { INSTRUMENTS } from '@outcome/instruments';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';
import { IsCalendarDate } from '../http/validation/is-calendar-date';
import { EachIsOneOf, IsOneOf } from '../http/validation/is-one-of';

const INSTRUMENT_IDS = INSTRUMENTS.map((instrument) => instrument.id);

export class RegisterProjectDto {
  @ApiProperty({ example: 'Buddies in Molenbeek', minLength: 1, maxLength: 200 })
  @IsDefined({ message: 'is required' })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  readonly name!: string;

  @ApiProperty({ enum: INTERVENTION_TYPES, example: 'buddy' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(INTERVENTION_TYPES)
  readonly interventionType!: InterventionType;

  @ApiPropertyOptional({ example: 'People over 80 living alone', maxLength: 500 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  readonly targetGroup?: string;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly startsOn!: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  readonly endsOn?: string | null;

  @ApiProperty({ type: [String], enum: INSTRUMENT_IDS, example: ['djg-6', 'who-5'] })
  @IsDefined({ message: 'is required' })
  @IsArray({ message: 'must be a list of instrument ids' })
  @ArrayMinSize(1, { message: 'must name at least one instrument' })
  @ArrayMaxSize(INSTRUMENT_IDS.length, { message: `must name at most ${INSTRUMENT_IDS.length} instruments` })
  @EachIsOneOf(INSTRUMENT_IDS)
  readonly instruments!: string[];

  @ApiPropertyOptional({
    description: 'Whether the project keeps a waiting-list or care-as-usual group',
    default: false,
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  readonly hasComparisonGroup?: boolean;
}
