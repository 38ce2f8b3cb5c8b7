import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IssueAccessTokenCommand, type Principal, type TokenRequest } from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { WithoutIdempotency } from '../idempotency/idempotency.decorators';
import { IssuedTokenDto, IssueTokenDto } from './issue-token.dto';

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/tokens')
export class TokensController {
  constructor(private readonly commands: CommandBus) {}

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
}
