import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdempotencyRecords, MeasurementLocator, RENEW_EVERY_MS, type StoredAnswer } from '@outcome/application';
import { participantStream, projectStream } from '@outcome/domain';
import { AppendOutcomeUnknownError, EventStore } from '@outcome/event-store';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, finalize, from, mergeMap, type Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { ReplayedAnswerException } from '../http/replayed-answer.exception';
import { answerOfError } from './answer-of-error';
import { canonicalJson } from './canonical-json';
import { causationOfIdempotencyKey } from './idempotency-causation';
import { enrolledByKey, landedAnswerOf } from './landed-answer';
import {
  IDEMPOTENCY_SUBJECT_KEY,
  type IdempotencySubjectSource,
  WITHOUT_IDEMPOTENCY_KEY,
} from './idempotency.decorators';

const HEADER = 'idempotency-key';
/** More events than any one write appends: where the last event of a landed write is looked for. */
const BATCH_WINDOW = 32;
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on writes (docs/api.md "Writes"): the same key with the same request answers the
 * first answer again and appends nothing; with another request, 422. Answers are kept in the read
 * store for a day, so they survive a restart; those about a participant become 410 Gone when the
 * participant is erased. A failure worth retrying (a conflict, an outage) is not kept. A claim is a
 * lease renewed while its request runs, so that the key of a process that died is free within seconds.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly records: IdempotencyRecords,
    private readonly measurements: MeasurementLocator,
    private readonly store: EventStore,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header(HEADER);
    const targets = [context.getHandler(), context.getClass()];
    if (
      key === undefined ||
      !['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) ||
      !request.principal ||
      this.reflector.getAllAndOverride<boolean>(WITHOUT_IDEMPOTENCY_KEY, targets)
    ) {
      return next.handle();
    }
    if (!KEY.test(key)) {
      throw new UnprocessableEntityException(
        'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID',
      );
    }
    const tokenId = request.principal.tokenId;
    const subjectSource = this.reflector.getAllAndOverride<IdempotencySubjectSource>(IDEMPOTENCY_SUBJECT_KEY, targets);
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
      case 'first': {
        const landed = claim.takenOver ? await this.landedAnswer(tokenId, key, subjectSource, request) : undefined;
        if (landed) {
          const subject = await this.subjectOf(subjectSource, request, landed.body);
          await this.records.answer(tokenId, key, landed, subject);
          const response = context.switchToHttp().getResponse<Response>();
          response.status(landed.status).setHeader('Idempotent-Replayed', 'true');
          return of(landed.body);
        }
        const lease = this.keepLease(tokenId, key);
        return next.handle().pipe(
          mergeMap((body: unknown) =>
            from(
              (async () => {
                const status = context.switchToHttp().getResponse<Response>().statusCode;
                const subject = await this.subjectOf(subjectSource, request, body);
                await this.records.answer(tokenId, key, { status, body }, subject);
                return body;
              })(),
            ),
          ),
          catchError((error: unknown) => from(this.settleFailure(tokenId, key, error, subjectSource, request))),
          finalize(() => clearInterval(lease)),
        );
      }
    }
  }

  /**
   * The answer of a write that landed while the process that ran it died before keeping its answer:
   * found by the causation id its events carry, in the stream of the participant it was about.
   */
  private async landedAnswer(
    tokenId: string,
    key: string,
    source: IdempotencySubjectSource | undefined,
    request: AuthenticatedRequest,
  ): Promise<StoredAnswer | undefined> {
    if (!source) return undefined;
    const causation = causationOfIdempotencyKey(tokenId, key);
    const participantId =
      'answerField' in source ? await this.enrolledBy(causation, request) : await this.subjectOf(source, request, null);
    if (!participantId) return undefined;
    const events = await this.store.readStream(participantStream(participantId)).catch(() => []);
    const landed = landedAnswerOf(events, causation, request.method);
    const first = events.find((event) => event.metadata.causationId === causation);
    if (!landed || !first) return landed;
    // The write's last event may lie in another stream (a project's roster, a reference's reservation):
    // its events were appended together, so they follow the first one.
    const batch = await this.store.readAll({ after: first.position - 1n, maxCount: BATCH_WINDOW });
    const last = batch.filter((event) => event.metadata.causationId === causation).at(-1) ?? first;
    return { ...landed, body: { ...(landed.body as object), position: last.position.toString() } };
  }

  /** An enrolment's participant is new: the project's stream names the one its events added. */
  private async enrolledBy(causation: string, request: AuthenticatedRequest): Promise<string | undefined> {
    const projectId = paramOf(request, 'projectId');
    if (!projectId) return undefined;
    const events = await this.store.readStream(projectStream(projectId)).catch(() => []);
    return enrolledByKey(events, causation);
  }

  /** Renews the claim while the request runs: once this process dies, the key is free again within seconds. */
  private keepLease(tokenId: string, key: string): NodeJS.Timeout {
    const lease = setInterval(() => {
      this.records.renew(tokenId, key, new Date()).catch(() => undefined);
    }, RENEW_EVERY_MS);
    lease.unref();
    return lease;
  }

  private async settleFailure(
    tokenId: string,
    key: string,
    error: unknown,
    subjectSource: IdempotencySubjectSource | undefined,
    request: AuthenticatedRequest,
  ): Promise<never> {
    const answer = answerOfError(error);
    if (answer) await this.records.answer(tokenId, key, answer, await this.subjectOf(subjectSource, request, null));
    // The write may have landed: keep the claim (no longer renewed), so that a quick retry is told to
    // wait rather than write twice; once its lease has run out, the key can be used again.
    else if (!(error instanceof AppendOutcomeUnknownError)) await this.records.release(tokenId, key);
    throw error;
  }

  private async subjectOf(
    source: IdempotencySubjectSource | undefined,
    request: AuthenticatedRequest,
    body: unknown,
  ): Promise<string | null> {
    if (!source) return null;
    if ('param' in source) return paramOf(request, source.param);
    if ('answerField' in source) {
      const field = (body as Record<string, unknown> | null)?.[source.answerField];
      return typeof field === 'string' ? field : null;
    }
    const measurementId = paramOf(request, source.measurementParam);
    return measurementId
      ? ((await this.measurements.participantOf(measurementId).catch(() => undefined)) ?? null)
      : null;
  }
}

function paramOf(request: AuthenticatedRequest, name: string): string | null {
  const value = request.params[name];
  return typeof value === 'string' ? value : null;
}

function fingerprintOf(request: AuthenticatedRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${canonicalJson(request.body ?? null)}`)
    .digest('hex');
}
