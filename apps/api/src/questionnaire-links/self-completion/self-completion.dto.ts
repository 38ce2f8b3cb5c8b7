import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES } from '@outcome/instruments';

/** The JSON answer of a participant; the page posts the same as a form (`item-0`, `item-1`, …, `step`, `lang`). */
export class SubmitQuestionnaireAnswersDto {
  @ApiProperty({
    description: "One answer per item, in the instrument's order, with its answer codes; null marks a missing item",
    example: ['yes', 'more-or-less', 'no', 'no', 'more-or-less', null],
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
  })
  readonly responses!: unknown[];

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Form posts only: the language of the next page' })
  readonly lang?: string;
}

export class SubmittedQuestionnaireAnswersDto {
  @ApiProperty({ example: '42', description: 'The global position of the last event written' })
  readonly position!: string;
}
