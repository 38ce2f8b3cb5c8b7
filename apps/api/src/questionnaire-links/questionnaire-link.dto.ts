import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTRUMENTS, LANGUAGES, type Language } from '@outcome/instruments';
import { IsDefined, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../http/validation/is-calendar-date';
import { IsOneOf } from '../http/validation/is-one-of';

const INSTRUMENT_IDS = INSTRUMENTS.map((instrument) => instrument.id);

export class CreateQuestionnaireLinkDto {
  @ApiProperty({ enum: INSTRUMENT_IDS, example: 'djg-6' })
  @IsDefined({ message: 'is required' })
  @IsOneOf(INSTRUMENT_IDS)
  readonly instrument!: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 1, description: '0 is the baseline; 1, 2, … are follow-ups' })
  @IsDefined({ message: 'is required' })
  @IsInt({ message: 'must be a whole number (0 for the baseline)' })
  @Min(0, { message: 'must be 0 (baseline) or more' })
  @Max(100, { message: 'must be at most 100' })
  readonly wave!: number;

  @ApiProperty({
    enum: LANGUAGES,
    example: 'fr',
    description: 'The language the page opens in (it offers the others too)',
  })
  @IsDefined({ message: 'is required' })
  @IsOneOf(LANGUAGES)
  readonly language!: Language;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-12-31',
    description:
      'The last day (UTC) the link works: today at the earliest, a year ahead at most; 14 days from now when absent',
  })
  @IsOptional()
  @IsCalendarDate()
  readonly expiresOn?: string;
}

export class CreatedQuestionnaireLinkDto {
  @ApiProperty({ format: 'uuid', example: '3f1c9a2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b' })
  readonly id!: string;

  @ApiProperty({
    description:
      'The path to give the participant, on this server: its secret is shown this once and stored only hashed',
    example: '/q/Vh3k9Qp2xR7mT1sZ4bN8cL6dF0gJ5aYw',
  })
  readonly url!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-22T09:30:00.000Z' })
  readonly expiresAt!: string;
}

export class ListedQuestionnaireLinkDto {
  @ApiProperty({ format: 'uuid', example: '3f1c9a2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b' })
  readonly id!: string;

  @ApiProperty({ enum: INSTRUMENT_IDS, example: 'djg-6' })
  readonly instrument!: string;

  @ApiProperty({ example: 1 })
  readonly wave!: number;

  @ApiProperty({ type: String, enum: LANGUAGES, nullable: true, example: 'fr' })
  readonly language!: Language | null;

  @ApiProperty({ format: 'date-time', example: '2026-12-22T09:30:00.000Z' })
  readonly expiresAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
    description: 'When the answers arrived',
  })
  readonly usedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  readonly revokedAt!: string | null;
}

export class QuestionnaireLinkListDto {
  @ApiProperty({ type: [ListedQuestionnaireLinkDto], description: 'Oldest first; never a secret' })
  readonly links!: ListedQuestionnaireLinkDto[];
}

export class RevokedQuestionnaireLinkDto {
  @ApiProperty({ format: 'uuid', example: '3f1c9a2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b' })
  readonly id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-09T14:05:00.000Z' })
  readonly revokedAt!: string;
}
