import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, WriteContext } from '@outcome/application';
import { randomUUID } from 'node:crypto';
import type { AuthenticatedRequest } from './authenticated-request';

function principalOf(request: AuthenticatedRequest): Principal {
  if (!request.principal) throw new Error('The route is public: it has no principal');
  return request.principal;
}

/** The caller of a guarded route. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** Who writes and under which correlation id: the metadata of the events the request causes. */
export const CurrentWriteContext = createParamDecorator((_data: unknown, context: ExecutionContext): WriteContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { principal: principalOf(request), correlationId: typeof request.id === 'string' ? request.id : randomUUID() };
});
