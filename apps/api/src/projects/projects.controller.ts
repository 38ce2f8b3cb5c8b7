import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ExportProjectEventsQuery,
  GetProjectQuery,
  ListParticipantsQuery,
  ListProjectsQuery,
  type Principal,
  RegisterProjectCommand,
  type ViewerPrincipal,
  type WriteContext,
} from '@outcome/application';
import type { Response } from 'express';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal, CurrentWriteContext } from '../auth/write-context.decorator';
import { ViewReadQueryDto } from '../consistency/view-read-query.dto';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { CreatedWithIdDto } from '../participants/enrol-participant.dto';
import { ParticipantListDto } from './participant-list.dto';
import { ProjectListDto, ProjectSummaryDto } from './project-summary.dto';
import { RegisterProjectDto } from './register-project.dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('api/projects')
export class ProjectsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('organisation')
  @ApiOperation({ summary: 'Register a project and the instruments it measures' })
  @ApiCreatedResponse({ type: CreatedWithIdDto })
  @ApiErrorResponses(400, 401, 403)
  register(@Body() body: RegisterProjectDto, @CurrentWriteContext() context: WriteContext) {
    return this.commands.execute(new RegisterProjectCommand(body, context));
  }

  @Get()
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({ summary: 'The projects this token may see: its organisation’s, or those granted to it' })
  @ApiOkResponse({ type: ProjectListDto })
  @ApiErrorResponses(400, 401, 403, 503)
  list(@Query() when: ViewReadQueryDto, @CurrentPrincipal() principal: ViewerPrincipal) {
    return this.queries.execute(new ListProjectsQuery(principal, when));
  }

  @Get(':projectId')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({ summary: 'One project' })
  @ApiOkResponse({ type: ProjectSummaryDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  one(
    @Param('projectId') projectId: string,
    @Query() when: ViewReadQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(new GetProjectQuery(projectId, principal, when));
  }

  @Get(':projectId/participants')
  @Roles('organisation')
  @ApiOperation({ summary: 'The participants of one of your projects (no personal details)' })
  @ApiOkResponse({ type: ParticipantListDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  participants(
    @Param('projectId') projectId: string,
    @Query() when: ViewReadQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(new ListParticipantsQuery(projectId, principal, when));
  }

  @Get(':projectId/events')
  @Roles('organisation', 'evaluator')
  @ApiProduces('application/x-ndjson')
  @ApiOperation({
    summary: "The project's pseudonymised events, and its participants', in global order (NDJSON)",
    description:
      'One `{position, stream, type, version, recordedAt, data, metadata}` per line. Personal details never appear; erased payloads show `"erased": true`. Replay them to rebuild any view or verify a published figure. With `asOf`, only the events recorded up to then.',
  })
  @ApiOkResponse({ description: 'application/x-ndjson, one event per line' })
  @ApiErrorResponses(400, 401, 403, 404)
  async events(
    @Param('projectId') projectId: string,
    // consistentWith needs no wait here: the export reads the streams, which hold every acknowledged write.
    @Query() { asOf }: ViewReadQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    const events = await this.queries.execute(
      new ExportProjectEventsQuery(projectId, principal, asOf ? new Date(asOf) : undefined),
    );
    // Set here, not by @Header, which would label an error answer NDJSON too.
    response.type('application/x-ndjson; charset=utf-8');
    for (const event of events) response.write(`${JSON.stringify(event)}\n`);
    response.end();
  }
}
