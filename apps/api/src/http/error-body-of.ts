import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { InvalidInputError } from '@outcome/domain';
import { STATUS_CODES } from 'node:http';
import type { ApiErrorBody, FieldProblem } from './api-error-body';
import { boundMessage, boundProblems, describeBoundedProblems } from './bounded-problems';
import { httpStatusOf } from './http-status-of';
import { InvalidRequestException } from './invalid-request.exception';
import { ReplayedAnswerException } from './replayed-answer.exception';

const logger = new Logger('Errors');

/** Any error as the one body of docs/api.md "Errors". Unexpected errors are logged and never described. */
export function errorBodyOf(error: unknown): ApiErrorBody {
  if (error instanceof InvalidRequestException) {
    return body(HttpStatus.BAD_REQUEST, error.message, 'request.invalid', error.problems);
  }
  if (error instanceof InvalidInputError) {
    const bounded = boundProblems(error.problems);
    return body(httpStatusOf(error)!.status, describeBoundedProblems(bounded), error.code, bounded.shown);
  }
  const mapped = httpStatusOf(error);
  if (mapped) return body(mapped.status, mapped.message, mapped.code);
  if (error instanceof ReplayedAnswerException) return error.answer.body as ApiErrorBody;
  if (error instanceof HttpException) return bodyOfHttpException(error);
  if (isBodyParserError(error)) return body(error.status, bodyParserMessage(error), `request.${error.type}`);
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return body(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'Something went wrong on our side. A write may or may not have been stored: look before sending it again, or resend it with the same Idempotency-Key',
  );
}

/** Every answer built here is a few KiB at most, whatever the request held (docs/api.md "Errors"). */
function body(statusCode: number, message: string, code?: string, details?: readonly FieldProblem[]): ApiErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message: boundMessage(message),
    ...(code ? { code } : {}),
    ...(details?.length ? { details } : {}),
  };
}

function bodyOfHttpException(error: HttpException): ApiErrorBody {
  const response = error.getResponse();
  if (typeof response === 'string') return body(error.getStatus(), response);
  const message = (response as { message?: unknown }).message;
  const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message;
  return body(error.getStatus(), text);
}

interface BodyParserError {
  readonly status: number;
  readonly type: string;
  readonly limit?: number;
}

export function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.type === 'string' &&
    typeof candidate.status === 'number'
  );
}

function bodyParserMessage(error: BodyParserError): string {
  switch (error.type) {
    case 'entity.too.large':
      return `The request body is larger than the limit of ${error.limit} bytes`;
    case 'entity.parse.failed':
      return 'The request body is not valid JSON';
    case 'encoding.unsupported':
      return 'A compressed body is not accepted: send it without Content-Encoding (or as identity)';
    case 'charset.unsupported':
      return 'The request body must be UTF-8 JSON';
    default:
      return 'The request body could not be read';
  }
}
