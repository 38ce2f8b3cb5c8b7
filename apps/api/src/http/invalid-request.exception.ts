import { BadRequestException } from '@nestjs/common';
import type { FieldProblem } from './api-error-body';
import { describeFieldProblems } from './field-problems';

/** A request that fails validation: every failing field, by its path. */
export class InvalidRequestException extends BadRequestException {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(describeFieldProblems(problems));
  }
}
