import { Body, Controller, Delete, Get, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessTokens, IssueAccessTokenCommand, type Principal, type TokenRequest } from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { WithoutIdempotency } from '../idempotency/idempotency.decorators';
import { IssuedTokenDto, IssueTokenDto, RevokedTokenDto, TokenListDto } from './issue-token.dto';

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/tokens')
export class TokensController {
  constructor(
    private readonly commands: CommandBus,
    private readonly tokens: AccessTokens,
  ) {}

  @Post()
  @Roles('admin')
  // The answer holds the token's secret, which is never kept: a replay could not give it back.
  @WithoutIdempotency()
  @ApiOperation({
    summary: 'Issue an access token (admin)',
    description:
      'An organisation token writes and reads everything of its organisation; a funder token reads aggregate views of the granted projects; an evaluator token reads their pseudonymised events and every view. The secret is shown once and never stored: an Idempotency-Key is ignored here.',
  })
  @ApiCreatedResponse({ type: IssuedTokenDto })
  @ApiErrorResponses(400, 401, 403)
  issue(@Body() body: IssueTokenDto, @CurrentPrincipal() principal: Principal) {
    const request: TokenRequest =
      body.role === 'organisation'
        ? { role: 'organisation', organisationId: body.organisationId!, label: body.label }
        : { role: body.role, projectIds: body.projectIds!, label: body.label };
    return this.commands.execute(new IssueAccessTokenCommand(request, principal));
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List every token (admin)', description: 'Never a secret: those were shown once.' })
  @ApiOkResponse({ type: TokenListDto })
  @ApiErrorResponses(401, 403)
  async list(): Promise<TokenListDto> {
    return {
      tokens: (await this.tokens.list()).map((token) => ({
        ...token,
        projectIds: token.projectIds && [...token.projectIds],
      })),
    };
  }

  @Delete(':tokenId')
  @Roles('admin')
  @ApiOperation({
    summary: 'Revoke a token of any role (admin)',
    description:
      'From the answer on, the token answers 401 on every api instance: tokens are looked up on every request, never cached. Revoking a revoked token answers its first revocation.',
  })
  @ApiOkResponse({ type: RevokedTokenDto })
  @ApiErrorResponses(401, 403, 404)
  async revoke(@Param('tokenId') tokenId: string): Promise<RevokedTokenDto> {
    const revoked = await this.tokens.revoke(tokenId, new Date());
    if (!revoked) throw new NotFoundException('No token has this id');
    return revoked;
  }
}
