import { Command } from '@nestjs/cqrs';
import type { Written } from '../write/write-context';

export class SubmitQuestionnaireAnswersCommand extends Command<Written> {
  constructor(
    readonly secret: string,
    /** As sent: the instrument's rules check it, and name every bad answer by its item. */
    readonly responses: unknown,
    readonly correlationId: string,
  ) {
    super();
  }
}
