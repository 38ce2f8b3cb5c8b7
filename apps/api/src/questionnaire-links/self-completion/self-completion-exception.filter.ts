import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf } from './form-answers';
import { noticePage } from './page/questionnaire-pages';
import { selfCompletionRefusalOf } from './self-completion-refusal';
import { sendPage, wantsPage } from './send-page';

/** A refusal of `/q/` as a page for a browser, in the API's error shape for any other client. */
@Catch()
export class SelfCompletionExceptionFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const { body, notice } = selfCompletionRefusalOf(error);
    if (!wantsPage(request)) {
      response.status(body.statusCode).json(body);
      return;
    }
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const language =
      languageOf(request.query['lang']) ?? languageOf(Object.hasOwn(fields, 'lang') ? fields['lang'] : null);
    sendPage(response, body.statusCode, noticePage(notice, language));
  }
}
