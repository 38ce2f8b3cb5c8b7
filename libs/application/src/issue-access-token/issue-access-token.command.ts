import { Command } from '@nestjs/cqrs';
import type { IssuedToken, TokenGrant } from '../identity/access-tokens';
import type { Principal } from '../identity/principal';

export type TokenRequest = Exclude<TokenGrant, { role: 'admin' }> & { readonly label?: string | null };

export class IssueAccessTokenCommand extends Command<IssuedToken> {
  constructor(
    readonly request: TokenRequest,
    readonly issuedBy: Principal,
  ) {
    super();
  }
}
