import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENCY_SUBJECT_KEY = 'outcome:idempotency-subject';
export const WITHOUT_IDEMPOTENCY_KEY = 'outcome:without-idempotency';

/**
 * Where a route's answer names the participant it is about: a path parameter, a field of the
 * answer (enrolment answers the new participant's id), or a measurement's participant.
 */
export type IdempotencySubjectSource =
  { readonly param: string } | { readonly answerField: string } | { readonly measurementParam: string };

/** The kept answer of this route concerns a participant: erasing them forgets it. */
export const IdempotencySubject = (source: IdempotencySubjectSource) => SetMetadata(IDEMPOTENCY_SUBJECT_KEY, source);

/** A route whose answer must never be kept (it holds a secret): Idempotency-Key is ignored there. */
export const WithoutIdempotency = () => SetMetadata(WITHOUT_IDEMPOTENCY_KEY, true);
