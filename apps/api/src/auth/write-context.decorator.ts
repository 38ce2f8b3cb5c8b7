import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, WriteContext } from '@outcome/application';
import { randomUUID } from 'node:crypto';
import { causationOfIdempotencyKey } from '../idempotency/idempotency-causation';
import type { AuthenticatedRequest } from './authenticated-request';

function principalOf(request: AuthenticatedRequest): Principal {
  if (!request.principal) throw new Error('The route is public: it has no principal');
  return request.principal;
}

/** The caller of a guarded route. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/**
 * Who writes and under which correlation id: the metadata of the events the request causes. A
 * request with an Idempotency-Key causes them under a causation id of the key, the same on every
 * retry, by which a retry finds a write that landed before its answer was kept.
 */
export const CurrentWriteContext = createParamDecorator((_data: unknown, context: ExecutionContext): WriteContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const principal = principalOf(request);
  const key = request.header('idempotency-key');
  return {
    principal,
    correlationId: typeof request.id === 'string' ? request.id : randomUUID(),
    ...(key ? { causationId: causationOfIdempotencyKey(principal.tokenId, key) } : {}),
  };
});
