import { HttpException } from '@nestjs/common';
import type { StoredAnswer } from '@outcome/application';

/** The stored error answer of a first request, sent again as it was. */
export class ReplayedAnswerException extends HttpException {
  constructor(readonly answer: StoredAnswer) {
    super(answer.body as Record<string, unknown>, answer.status);
  }
}
