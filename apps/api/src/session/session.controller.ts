import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type Principal } from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { AppConfig } from '@outcome/shared';
import { CurrentPrincipal } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { SessionDto } from './session.dto';

/** Who a token is: the dashboard asks once after sign-in to choose what to show. */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/session')
export class SessionController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'Who this token is: its role and what it may reach',
    description: 'Any valid token. Never answers a secret.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrorResponses(401)
  session(@CurrentPrincipal() principal: Principal): SessionDto {
    return {
      role: principal.role,
      tokenId: principal.tokenId,
      organisationId: principal.role === 'organisation' ? principal.organisationId : null,
      projectIds: principal.role === 'funder' || principal.role === 'evaluator' ? [...principal.projectIds] : null,
      suppressionMinCell: this.config.suppressionMinCell,
    };
  }
}
