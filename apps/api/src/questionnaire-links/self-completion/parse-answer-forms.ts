import type { NextFunction, Request, Response } from 'express';
import { urlencoded } from 'express';
import { answerBodyParserErrors } from '../../http/body-parser-errors';

/** A form of the largest instrument is well under a kilobyte. */
const parseForm = urlencoded({ extended: false, limit: '32kb', parameterLimit: 200 });

/**
 * The participant's page posts a plain form (it works without JavaScript): read it on `/q/` alone,
 * and answer a form the parser refuses in the API's error shape.
 */
export function parseAnswerForms(request: Request, response: Response, next: NextFunction): void {
  parseForm(request, response, (error?: unknown) =>
    error ? answerBodyParserErrors(error, request, response, next) : next(),
  );
}
