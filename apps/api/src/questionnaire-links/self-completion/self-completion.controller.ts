import { randomUUID } from 'node:crypto';
import { Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { OpenQuestionnaireLinkQuery, SubmitQuestionnaireAnswersCommand } from '@outcome/application';
import { findInstrument, type Language, LANGUAGES } from '@outcome/instruments';
import type { Request, Response } from 'express';
import { Public } from '../../auth/roles.decorator';
import { ApiErrorResponses } from '../../docs/api-error-responses.decorator';
import { type FormFields, formAnswersOf, formProblemsOf, languageOf, responsesOf } from './form-answers';
import { QUESTIONNAIRE_STYLESHEET } from './page/questionnaire-stylesheet';
import { questionnairePage, type QuestionnaireView, reviewPage, thanksPage } from './page/questionnaire-pages';
import { SelfCompletionExceptionFilter } from './self-completion-exception.filter';
import { SelfCompletionRateLimit } from './self-completion-rate-limit.guard';
import { SubmitQuestionnaireAnswersDto, SubmittedQuestionnaireAnswersDto } from './self-completion.dto';
import { sendPage } from './send-page';

const SECRET_PARAMETER = {
  name: 'secret',
  description: 'The secret of a link, as its url gives it',
  example: 'Vh3k9Qp2xR7mT1sZ4bN8cL6dF0gJ5aYw',
};

/**
 * docs/api.md "Questionnaire links": the page a participant answers on, without an account. It
 * shows the questionnaire and nothing about the participant, and works without JavaScript: the
 * answers go as a plain form to a confirmation step, then to the measurement.
 */
@ApiTags('self-completion')
@Public()
@UseGuards(SelfCompletionRateLimit)
@UseFilters(SelfCompletionExceptionFilter)
@Controller('q')
export class SelfCompletionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('assets/questionnaire.css')
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  stylesheet(): string {
    return QUESTIONNAIRE_STYLESHEET;
  }

  @Get(':secret')
  @ApiOperation({
    summary: 'The questionnaire page of a link (no token)',
    description:
      "An HTML page, phone first: the instrument's items in order in the link's language (or the one asked for), one radio group per item, then a confirmation step. 410 once the link is used, expired or revoked, or the participant may no longer be measured; a browser gets these answers as pages, any other client as JSON.",
  })
  @ApiParam(SECRET_PARAMETER)
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: LANGUAGES,
    description: "The page's language; the link's own by default",
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The questionnaire page', schema: { type: 'string', example: '<!doctype html>…' } })
  @ApiErrorResponses(404, 409, 410, 429)
  async page(@Param('secret') secret: string, @Query('lang') lang: unknown, @Res() response: Response): Promise<void> {
    const view = await this.viewOf(secret, languageOf(lang), {});
    sendPage(response, 200, questionnairePage(view));
  }

  @Post(':secret')
  @ApiOperation({
    summary: "Send a participant's answers (no token)",
    description:
      'Recorded as the organisation\'s measurement of the link\'s instrument and wave, dated today, with recordedBy "questionnaire-link:<id>"; every rule of a measurement applies (410 when the link or the participant can no longer be answered, 409 when the wave is already measured, 400 naming a bad answer). The page posts a form instead (fields item-0, item-1, …, step review|change|send, lang) and gets pages back: the confirmation, then a thank-you page with no score.',
  })
  @ApiParam(SECRET_PARAMETER)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: SubmitQuestionnaireAnswersDto })
  @ApiCreatedResponse({ type: SubmittedQuestionnaireAnswersDto })
  @ApiErrorResponses(400, 404, 409, 410, 413, 429)
  async submit(@Param('secret') secret: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const correlationId = typeof request.id === 'string' ? request.id : randomUUID();
    if (request.is('application/x-www-form-urlencoded')) {
      await this.answerForm(secret, (request.body ?? {}) as FormFields, correlationId, response);
      return;
    }
    const body: unknown = request.body;
    const responses =
      typeof body === 'object' && body !== null && Object.hasOwn(body, 'responses')
        ? (body as SubmitQuestionnaireAnswersDto).responses
        : undefined;
    const written = await this.commands.execute(
      new SubmitQuestionnaireAnswersCommand(secret, responses, correlationId),
    );
    response.status(201).json(written);
  }

  /** review: the confirmation step (or the form again, to fix an answer); change: back to the form; send: record. */
  private async answerForm(
    secret: string,
    fields: FormFields,
    correlationId: string,
    response: Response,
  ): Promise<void> {
    const view = await this.viewOf(secret, languageOf(fields['lang']), fields);
    const step = Object.hasOwn(fields, 'step') ? fields['step'] : undefined;
    if (step === 'change') return sendPage(response, 200, questionnairePage(view));
    const problems = formProblemsOf(view.instrument, view.answers, view.language);
    if (problems) return sendPage(response, 400, questionnairePage(view, problems));
    if (step !== 'send') return sendPage(response, 200, reviewPage(view));
    const responses = responsesOf(view.instrument, view.answers);
    await this.commands.execute(new SubmitQuestionnaireAnswersCommand(secret, responses, correlationId));
    sendPage(response, 201, thanksPage(view.language));
  }

  /** The questionnaire the link opens now (or the refusal that closes it), with the answers given so far. */
  private async viewOf(secret: string, asked: Language | null, fields: FormFields): Promise<QuestionnaireView> {
    const open = await this.queries.execute(new OpenQuestionnaireLinkQuery(secret));
    const instrument = findInstrument(open.instrument)!;
    return {
      instrument,
      language: asked ?? open.language,
      path: `/q/${encodeURIComponent(secret)}`,
      answers: formAnswersOf(instrument, fields),
    };
  }
}
