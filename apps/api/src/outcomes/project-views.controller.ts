import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetDoseResponseQuery,
  GetMeasurementsDueQuery,
  GetParticipantTrajectoryQuery,
  GetProjectEnrolmentQuery,
  InvalidQueryError,
  type ViewerPrincipal,
} from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal } from '../auth/write-context.decorator';
import { ViewReadQueryDto } from '../consistency/view-read-query.dto';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { outcomeRequestOf } from './outcome-query.dto';
import { DoseResponseDto, MeasurementsDueDto, ParticipantTrajectoryDto, ProjectEnrolmentDto } from './project-view.dto';
import { DoseResponseQueryDto, EnrolmentQueryDto, MeasurementsDueQueryDto } from './project-view-query.dto';

@ApiTags('outcomes')
@ApiBearerAuth()
@Controller('api/projects/:projectId')
export class ProjectViewsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('participants/:participantId/trajectory')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({
    summary: "One participant's score on every scale at every wave, with change and reliable change",
    description: 'For the participant’s own organisation only: everyone else gets 404.',
  })
  @ApiOkResponse({ type: ParticipantTrajectoryDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  trajectory(
    @Param('projectId') projectId: string,
    @Param('participantId') participantId: string,
    @Query() query: ViewReadQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(new GetParticipantTrajectoryQuery(projectId, participantId, principal, query));
  }

  @Get('enrolment')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({
    summary: 'Enrolment and retention per calendar month: enrolled, exited, active at the month’s end, measured',
    description: 'For a funder, counts from 1 to k − 1 are null.',
  })
  @ApiOkResponse({ type: ProjectEnrolmentDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  enrolment(
    @Param('projectId') projectId: string,
    @Query() { interval: _month, ...query }: EnrolmentQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(new GetProjectEnrolmentQuery(projectId, principal, query));
  }

  @Get('measurements-due')
  @Roles('organisation')
  @ApiOperation({
    summary: 'The measurements to take: active participants whose next wave is due, oldest first',
    description:
      'A wave is due `afterWeeks` weeks after the last measurement of the instrument; a baseline from enrolment. Participants who left (other than having completed the intervention) or withdrew consent are not listed.',
  })
  @ApiOkResponse({ type: MeasurementsDueDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  measurementsDue(
    @Param('projectId') projectId: string,
    @Query() { afterWeeks, ...query }: MeasurementsDueQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(
      new GetMeasurementsDueQuery(projectId, principal, { ...query, afterWeeks: Number(afterWeeks ?? 12) }),
    );
  }

  @Get('dose-response')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({
    summary: "Change in the intervention arm by contact hours up to each participant's follow-up",
    description:
      'Each band holds the paired participants of the intervention arm whose logged contact, up to the day of their follow-up measurement, lies from `fromHours` up to `toHours`; with the within-arm statistics of an Outcome. For a funder, small bands are suppressed.',
  })
  @ApiOkResponse({ type: DoseResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  doseResponse(
    @Param('projectId') projectId: string,
    @Query() { bands, ...query }: DoseResponseQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(
      new GetDoseResponseQuery(projectId, principal, { ...outcomeRequestOf(query), bands: bandsOf(bands) }),
    );
  }
}

/** The bands' lower bounds: from 0, strictly increasing. */
function bandsOf(text = '0,10,25,50'): number[] {
  const bounds = text.split(',').map(Number);
  if (bounds.some((bound, i) => i > 0 && bound <= bounds[i - 1]!)) {
    throw new InvalidQueryError([{ path: 'bands', message: `must increase from left to right (got ${text})` }]);
  }
  return bounds;
}
