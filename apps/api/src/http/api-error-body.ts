import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblem {
  @ApiProperty({ example: 'responses[3]' })
  readonly path!: string;

  @ApiProperty({ example: '"maybe" is not one of yes, more-or-less, no' })
  readonly message!: string;
}

/** The one error shape of the API (docs/api.md "Errors"). */
export class ApiErrorBody {
  @ApiProperty({ example: 400 })
  readonly statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  readonly error!: string;

  @ApiProperty({ example: 'responses[3]: "maybe" is not one of yes, more-or-less, no' })
  readonly message!: string;

  @ApiPropertyOptional({ description: 'Stable code of the broken rule', example: 'measurement.wave-already-recorded' })
  readonly code?: string;

  @ApiPropertyOptional({ type: [FieldProblem], description: 'Every failing field, by its path' })
  readonly details?: readonly FieldProblem[];
}
