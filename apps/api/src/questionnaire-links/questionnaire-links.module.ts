import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { QuestionnaireLinksController } from './questionnaire-links.controller';
import { parseAnswerForms } from './self-completion/parse-answer-forms';
import { SelfCompletionController } from './self-completion/self-completion.controller';
import { SelfCompletionRateLimit } from './self-completion/self-completion-rate-limit.guard';

/** docs/api.md "Questionnaire links": the organisation's routes and the participant's page. */
@Module({
  controllers: [QuestionnaireLinksController, SelfCompletionController],
  providers: [SelfCompletionRateLimit],
})
export class QuestionnaireLinksModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(parseAnswerForms).forRoutes(SelfCompletionController);
  }
}
