import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { errorBodyOf } from './error-body-of';

/** The one place where errors become HTTP answers (docs/api.md "Errors"); domain code throws no HTTP error. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = errorBodyOf(error);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After')) {
      response.setHeader('Retry-After', '2');
    }
    response.status(body.statusCode).json(body);
  }
}
