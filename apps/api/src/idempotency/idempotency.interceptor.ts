import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { IdempotencyRecords } from '@outcome/application';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { ReplayedAnswerException } from '../http/replayed-answer.exception';
import { answerOfError } from './answer-of-error';

const HEADER = 'idempotency-key';
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on writes (API.md "Writes"): the same key with the same request answers the
 * first answer again and appends nothing; with another request, 422. Answers are kept in the read
 * store, so they survive a restart. A failure worth retrying (a conflict, an outage) is not kept.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly records: IdempotencyRecords) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header(HEADER);
    if (key === undefined || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) || !request.principal) {
      return next.handle();
    }
    if (!KEY.test(key)) {
      throw new UnprocessableEntityException(
        'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID',
      );
    }
    const tokenId = request.principal.tokenId;
    const claim = await this.records.claim(tokenId, key, fingerprintOf(request), new Date());
    switch (claim.outcome) {
      case 'other-request':
        throw new UnprocessableEntityException(
          'This Idempotency-Key was already used for another request: use a new key for a new request',
        );
      case 'in-progress':
        throw new ConflictException('A request with this Idempotency-Key is still being handled: retry in a moment');
      case 'replay':
        if (claim.answer.status >= HttpStatus.BAD_REQUEST) throw new ReplayedAnswerException(claim.answer);
        context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
        return of(claim.answer.body);
      case 'first':
        return next.handle().pipe(
          mergeMap((body: unknown) => {
            const status = context.switchToHttp().getResponse<Response>().statusCode;
            return from(this.records.answer(tokenId, key, { status, body }).then(() => body));
          }),
          catchError((error: unknown) => from(this.settleFailure(tokenId, key, error))),
        );
    }
  }

  private async settleFailure(tokenId: string, key: string, error: unknown): Promise<never> {
    const answer = answerOfError(error);
    if (answer) await this.records.answer(tokenId, key, answer);
    else await this.records.release(tokenId, key);
    throw error;
  }
}

function fingerprintOf(request: AuthenticatedRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}
