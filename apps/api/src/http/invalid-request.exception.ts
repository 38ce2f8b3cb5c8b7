import { BadRequestException } from '@nestjs/common';
import type { FieldProblem } from './api-error-body';
import { boundProblems, describeBoundedProblems } from './bounded-problems';

/** A request that fails validation: the failing fields by their paths, the first 20 of them and a count of the rest. */
export class InvalidRequestException extends BadRequestException {
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[]) {
    const bounded = boundProblems(problems);
    super(describeBoundedProblems(bounded));
    this.problems = bounded.shown;
  }
}
