import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS,
  ARMS,
  GENDERS,
  RISK_FACTORS,
  type AgeBand,
  type Arm,
  type Gender,
  type RiskFactor,
} from '@outcome/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../http/validation/is-calendar-date';
import { EachIsOneOf, IsOneOf } from '../http/validation/is-one-of';

export class ConsentDto {
  @ApiProperty({ format: 'date', example: '2026-02-01' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly givenOn!: string;
}

/** Encrypted with the participant's own key, readable only by their organisation, erasable. */
export class PersonalDetailsDto {
  @ApiPropertyOptional({ example: 'Mia Peeters' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  readonly name?: string;

  @ApiPropertyOptional({ example: '+32 2 555 01 02' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 50, { message: 'must be 1 to 50 characters' })
  readonly phone?: string;

  @ApiPropertyOptional({ example: 'mia@example.org' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  readonly email?: string;

  @ApiPropertyOptional({ example: 'Rue Haute 1, 1000 Brussel' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  readonly address?: string;

  @ApiPropertyOptional({ example: 'Prefers calls in the morning' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  readonly notes?: string;
}

export class EnrolParticipantDto {
  @ApiPropertyOptional({ description: "The organisation's own pseudonym, unique in the project", example: 'P-017' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  readonly reference?: string;

  @ApiProperty({ enum: ARMS, example: 'intervention' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(ARMS)
  readonly arm!: Arm;

  @ApiProperty({ format: 'date', example: '2026-02-01' })
  @IsDefined({ message: 'is required' })
  @IsCalendarDate()
  readonly enrolledOn!: string;

  @ApiProperty({ enum: AGE_BANDS, example: '80+' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(AGE_BANDS)
  readonly ageBand!: AgeBand;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsOneOf(GENDERS)
  readonly gender?: Gender;

  @ApiPropertyOptional({ type: [String], enum: RISK_FACTORS, example: ['living-alone', 'poverty'] })
  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(RISK_FACTORS.length, { message: `must name at most ${RISK_FACTORS.length} risk factors` })
  @EachIsOneOf(RISK_FACTORS)
  readonly riskFactors?: RiskFactor[];

  @ApiProperty({ type: ConsentDto })
  @IsDefined({ message: 'is required: record when the participant gave consent' })
  @IsObject({ message: 'must be an object such as {"givenOn": "2026-02-01"}' })
  @ValidateNested()
  @Type(() => ConsentDto)
  readonly consent!: ConsentDto;

  @ApiPropertyOptional({ type: PersonalDetailsDto })
  @IsOptional()
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => PersonalDetailsDto)
  readonly personal?: PersonalDetailsDto;
}

export class CreatedWithIdDto {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ example: '42', description: 'Global position of the last event written' })
  readonly position!: string;
}

export class WrittenDto {
  @ApiProperty({ example: '42', description: 'Global position of the last event written' })
  readonly position!: string;
}
