import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { errorBodyOf } from '../error-body-of';
import { InvalidRequestException } from '../invalid-request.exception';
import { BODY_DEPTH_LIMIT, hostileBodyProblems } from './hostile-body-problems';

/**
 * Answers 400 to a parsed body that no route may take (hostile-body-problems.ts), before any
 * guard, pipe or interceptor walks it.
 */
export function refuseHostileBodies(request: Request, response: Response, next: NextFunction): void {
  const verdict = hostileBodyProblems(request.body);
  if (verdict.outcome === 'acceptable') return next();
  const error =
    verdict.outcome === 'too-deep'
      ? new BadRequestException(`The request body is nested deeper than the limit of ${BODY_DEPTH_LIMIT} levels`)
      : new InvalidRequestException(verdict.problems);
  const body = errorBodyOf(error);
  response.status(body.statusCode).json(body);
}
