import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateQuestionnaireLinkCommand,
  ListQuestionnaireLinksQuery,
  type Principal,
  RevokeQuestionnaireLinkCommand,
  type WriteContext,
} from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal, CurrentWriteContext } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { WithoutIdempotency } from '../idempotency/idempotency.decorators';
import {
  CreatedQuestionnaireLinkDto,
  CreateQuestionnaireLinkDto,
  QuestionnaireLinkListDto,
  RevokedQuestionnaireLinkDto,
} from './questionnaire-link.dto';

/** docs/api.md "Questionnaire links": what an organisation does with its participants' links. */
@ApiTags('questionnaire links')
@ApiBearerAuth()
@Roles('organisation')
@Controller('api')
export class QuestionnaireLinksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('participants/:participantId/questionnaire-links')
  // The answer holds the link's secret, which is never kept: a replay could not give it back.
  @WithoutIdempotency()
  @ApiOperation({
    summary: 'Make a self-completion link for one instrument and wave',
    description:
      'The participant answers at the returned path without an account. Its secret is shown this once and stored only hashed: an Idempotency-Key is ignored here. Refused like a measurement when the participant may not be measured at that wave (422), or the wave is already measured.',
  })
  @ApiCreatedResponse({ type: CreatedQuestionnaireLinkDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  create(
    @Param('participantId') participantId: string,
    @Body() body: CreateQuestionnaireLinkDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new CreateQuestionnaireLinkCommand(participantId, body, context));
  }

  @Get('participants/:participantId/questionnaire-links')
  @ApiOperation({
    summary: "A participant's questionnaire links: open, used, expired or revoked",
    description: "Read from the participant's links stream: current as soon as a write has answered.",
  })
  @ApiOkResponse({ type: QuestionnaireLinkListDto })
  @ApiErrorResponses(401, 403, 404)
  list(@Param('participantId') participantId: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new ListQuestionnaireLinksQuery(participantId, principal));
  }

  @Delete('questionnaire-links/:linkId')
  @ApiOperation({
    summary: 'Revoke a questionnaire link',
    description:
      'From the answer on, the link answers 410. Revoking a revoked link answers its first revocation; a used link cannot be revoked (422).',
  })
  @ApiOkResponse({ type: RevokedQuestionnaireLinkDto })
  @ApiErrorResponses(401, 403, 404, 409, 422)
  revoke(@Param('linkId') linkId: string, @CurrentWriteContext() context: WriteContext) {
    return this.commands.execute(new RevokeQuestionnaireLinkCommand(linkId, context));
  }
}
