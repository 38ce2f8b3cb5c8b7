import { ApiProperty } from '@nestjs/swagger';
import { OUTCOME_DOMAINS } from '@outcome/instruments';

export class LocalisedTextDto {
  @ApiProperty({ example: 'Ik ervaar een leegte om me heen' }) readonly nl!: string;
  @ApiProperty({ example: 'J’éprouve un sentiment de vide autour de moi' }) readonly fr!: string;
  @ApiProperty({ example: 'I experience a general sense of emptiness' }) readonly en!: string;
}

export class AnswerOptionDto {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }], example: 'yes' }) readonly code!: string | number;
  @ApiProperty({ type: LocalisedTextDto }) readonly label!: LocalisedTextDto;
}

export class ScoreCategoryDto {
  @ApiProperty({ example: 'moderately-lonely' }) readonly code!: string;
  @ApiProperty({ type: LocalisedTextDto }) readonly label!: LocalisedTextDto;
  @ApiProperty() readonly min!: number;
  @ApiProperty() readonly max!: number;
}

export class ScaleRangeDto {
  @ApiProperty() readonly min!: number;
  @ApiProperty() readonly max!: number;
}

export class ScaleSummaryDto {
  @ApiProperty({ example: 'total' }) readonly name!: string;
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5, 6] }) readonly itemNumbers!: number[];
  @ApiProperty({ type: ScaleRangeDto }) readonly range!: ScaleRangeDto;
  @ApiProperty({ description: 'How many of its items may be missing with the scale still scored' })
  readonly maxMissingItems!: number;
  @ApiProperty({ type: [ScoreCategoryDto] }) readonly categories!: ScoreCategoryDto[];
}

export class InstrumentSummaryDto {
  @ApiProperty({ example: 'djg-6' }) readonly id!: string;
  @ApiProperty({ example: 'De Jong Gierveld loneliness scale, 6 items' }) readonly name!: string;
  @ApiProperty({ enum: OUTCOME_DOMAINS }) readonly domain!: string;
  @ApiProperty({ enum: ['lower-is-better', 'higher-is-better'] }) readonly direction!: string;
  @ApiProperty({ example: 'total', description: 'The scale reported when none is asked for' })
  readonly mainScale!: string;
  @ApiProperty({ type: [LocalisedTextDto], description: 'The items’ texts, in order' })
  readonly items!: LocalisedTextDto[];
  @ApiProperty({ type: [AnswerOptionDto], description: 'The answers every item accepts, in order' })
  readonly answers!: AnswerOptionDto[];
  @ApiProperty({ type: [ScaleSummaryDto] }) readonly scales!: ScaleSummaryDto[];
}

export class InstrumentListDto {
  @ApiProperty({ type: [InstrumentSummaryDto] }) readonly instruments!: InstrumentSummaryDto[];
}
