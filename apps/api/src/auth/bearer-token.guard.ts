import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokens, type Role } from '@outcome/application';
import type { AuthenticatedRequest } from './authenticated-request';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** `Authorization: Bearer <token>` on every `/api` route (docs/api.md "Identity and roles"). */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const secret = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!secret) throw new UnauthorizedException('Send your access token as "Authorization: Bearer <token>"');
    const principal = await this.tokens.authenticate(secret);
    if (!principal) throw new UnauthorizedException('This access token is unknown or was revoked');
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`A ${principal.role} token may not use this route`);
    }
    return true;
  }
}
