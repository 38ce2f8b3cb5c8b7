import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsOneOf } from '../http/validation/is-one-of';
import { STUDY_DESIGNS } from '../outcomes/synthesis-query.dto';

const DECIMAL = /^\d{1,2}(\.\d{1,6})?$/;
const DECIMAL_MESSAGE = 'must be a decimal number such as 0.3';

/** What `GET /api/power` accepts (docs/api.md); the ranges are checked where the plan is made. */
export class PowerQueryDto {
  @ApiProperty({
    enum: STUDY_DESIGNS,
    description: 'before-after: paired t-test of the change; controlled: two equal arms, t-test of their changes',
  })
  @IsOneOf(STUDY_DESIGNS)
  readonly design!: string;

  @ApiProperty({ example: '0.3', description: 'The standardised effect d to show, from 0.01 to 10' })
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  readonly effectSize!: string;

  @ApiPropertyOptional({ example: '0.8', default: '0.8', description: 'The power to reach, above alpha and below 1' })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  readonly power?: string;

  @ApiPropertyOptional({
    example: '0.05',
    default: '0.05',
    description: 'Two-sided significance level, above 0, at most 0.5',
  })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  readonly alpha?: string;

  @ApiPropertyOptional({
    example: '0.2',
    default: '0',
    description: 'The share of those enrolled expected to leave before their follow-up, from 0, below 0.95',
  })
  @IsOptional()
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  readonly attrition?: string;
}
