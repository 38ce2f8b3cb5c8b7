import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorBody } from '../http/api-error-body';

const MEANING: Readonly<Record<number, string>> = {
  400: 'Malformed or invalid input: every failing field is named by its path',
  401: 'No token, or an unknown one',
  403: 'This role may not use this route',
  404: 'Not found, or not yours',
  409: 'Conflict: a concurrent write, a duplicate reference, a request with this Idempotency-Key still running',
  410: 'Gone: the participant this Idempotency-Key was used for was erased',
  413: 'Body too large',
  415: 'A compressed body (Content-Encoding): send it uncompressed',
  422: 'A domain rule was broken (the message names it), or an Idempotency-Key reused with another body',
  429: 'Rate limited',
  503: 'Not ready: the views have not caught up yet, or a store is unreachable',
};

/** Documents the error answers of a route, all in the one shape of docs/api.md "Errors". */
export function ApiErrorResponses(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: MEANING[status], type: ApiErrorBody })),
  );
}
