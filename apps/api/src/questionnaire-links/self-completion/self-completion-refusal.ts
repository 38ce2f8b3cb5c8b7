import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@outcome/domain';
import { SubjectErasedError } from '@outcome/event-store';
import type { ApiErrorBody } from '../../http/api-error-body';
import { errorBodyOf } from '../../http/error-body-of';
import type { NoticeKind } from './page/questionnaire-pages';

/**
 * docs/api.md "Questionnaire links": a link that can no longer be answered is gone (410), whatever
 * the reason — used, expired, revoked, erased, consent withdrawn, left the project — and the
 * answer says which in no case, since the reason may be about the participant.
 */
const GONE_CODES = new Set([
  'questionnaire-link.used',
  'questionnaire-link.expired',
  'questionnaire-link.revoked',
  'participant.erased',
  'measurement.after-exit',
  'measurement.after-consent-withdrawal',
]);
const NOT_FOUND_CODES = new Set(['questionnaire-link.not-found', 'participant.not-found']);

/** A refusal of the participant's page or answers: the JSON body and the page that stand for it. */
export interface SelfCompletionRefusal {
  readonly body: ApiErrorBody;
  readonly notice: NoticeKind;
}

export function selfCompletionRefusalOf(error: unknown): SelfCompletionRefusal {
  if (error instanceof SubjectErasedError || (error instanceof DomainError && GONE_CODES.has(error.code))) {
    return refusal(
      HttpStatus.GONE,
      'Gone',
      'This questionnaire link can no longer be used',
      'questionnaire-link.closed',
      'gone',
    );
  }
  if (error instanceof DomainError && NOT_FOUND_CODES.has(error.code)) {
    return refusal(
      HttpStatus.NOT_FOUND,
      'Not Found',
      'This questionnaire link does not exist',
      'questionnaire-link.not-found',
      'not-found',
    );
  }
  if (error instanceof DomainError && error.code === 'measurement.wave-already-recorded') {
    return refusal(
      HttpStatus.CONFLICT,
      'Conflict',
      'This questionnaire was already answered',
      'questionnaire-link.already-answered',
      'answered',
    );
  }
  const body = errorBodyOf(error);
  if (body.statusCode === HttpStatus.UNPROCESSABLE_ENTITY) {
    // Any other rule of a measurement (a date before enrolment) is the organisation's to fix.
    return refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Unprocessable Entity',
      'These answers cannot be recorded: please contact the organisation that gave you the link',
      'questionnaire-link.not-recordable',
      'refused',
    );
  }
  return { body, notice: body.statusCode === HttpStatus.TOO_MANY_REQUESTS ? 'too-many' : 'refused' };
}

function refusal(
  statusCode: number,
  error: string,
  message: string,
  code: string,
  notice: NoticeKind,
): SelfCompletionRefusal {
  return { body: { statusCode, error, message, code }, notice };
}
