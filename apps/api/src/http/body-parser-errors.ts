import type { NextFunction, Request, Response } from 'express';
import { errorBodyOf, isBodyParserError } from './error-body-of';

/**
 * Answers a body the parser refused (not JSON, too large) in the API's error shape, with a
 * message a user can act on, before Nest turns it into a bare "Bad Request".
 */
export function answerBodyParserErrors(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (!isBodyParserError(error)) return next(error);
  const body = errorBodyOf(error);
  response.status(body.statusCode).json(body);
}
