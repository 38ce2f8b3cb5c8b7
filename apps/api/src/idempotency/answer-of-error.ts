import { HttpStatus } from '@nestjs/common';
import type { StoredAnswer } from '@outcome/application';
import { errorBodyOf } from '../http/error-body-of';

/** Failures that a retry may well turn into success: their answers are not kept. */
const RETRYABLE = new Set<number>([HttpStatus.CONFLICT, HttpStatus.TOO_MANY_REQUESTS]);

/** The answer to keep for a failed first request, or undefined when a retry should run it again. */
export function answerOfError(error: unknown): StoredAnswer | undefined {
  const body = errorBodyOf(error);
  if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR || RETRYABLE.has(body.statusCode)) return undefined;
  return { status: body.statusCode, body };
}
