import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVENTION_TYPES, type InterventionType } from '@outcome/domain';
import type { StudyDesign } from '@outcome/statistics';
import { IsOptional } from 'class-validator';
import { IsOneOf } from '../http/validation/is-one-of';
import { OutcomeQueryDto } from './outcome-query.dto';

export const STUDY_DESIGNS: readonly StudyDesign[] = ['controlled', 'before-after'];

/** What `GET /api/outcomes/synthesis` accepts (docs/api.md "Reads"). */
export class SynthesisQueryDto extends OutcomeQueryDto {
  @ApiProperty({
    enum: STUDY_DESIGNS,
    description:
      'controlled: projects at that evidence level, their difference between arms; before-after: projects at either level, the intervention arm’s change',
  })
  @IsOneOf(STUDY_DESIGNS)
  readonly design!: StudyDesign;

  @ApiPropertyOptional({ enum: INTERVENTION_TYPES, description: 'Only the projects of this intervention type' })
  @IsOptional()
  @IsOneOf(INTERVENTION_TYPES)
  readonly interventionType?: InterventionType;
}
