import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetGroupedOutcomesQuery,
  GetOutcomeSynthesisQuery,
  GetProjectOutcomeQuery,
  type ViewerPrincipal,
} from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { GroupedOutcomesDto, OutcomeDto } from './outcome.dto';
import { GroupedOutcomesQueryDto, OutcomeQueryDto, outcomeRequestOf } from './outcome-query.dto';
import { SynthesisQueryDto } from './synthesis-query.dto';
import { OutcomeSynthesisDto } from './synthesis.dto';

@ApiTags('outcomes')
@ApiBearerAuth()
@Controller('api')
export class OutcomesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('projects/:projectId/outcomes')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({
    summary:
      "A project's outcome on one questionnaire scale: change, effect size, reliable change, evidence and verdict",
    description:
      'Every number as docs/statistics.md defines it. For a funder, a project with an arm of 1 to k − 1 paired participants answers `suppressed: true` with every count and statistic null.',
  })
  @ApiOkResponse({ type: OutcomeDto })
  @ApiErrorResponses(400, 401, 403, 404, 503)
  projectOutcome(
    @Param('projectId') projectId: string,
    @Query() query: OutcomeQueryDto,
    @CurrentPrincipal() principal: ViewerPrincipal,
  ) {
    return this.queries.execute(new GetProjectOutcomeQuery(projectId, principal, outcomeRequestOf(query)));
  }

  @Get('outcomes')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({
    summary:
      'Outcomes over every project you may see, one row per project, intervention type, age band, risk factor or arm',
    description:
      'Participants are pooled, not project means; someone with several risk factors counts in each. For a funder, small rows are suppressed, with complementary rows where a hidden row could otherwise be derived.',
  })
  @ApiOkResponse({ type: GroupedOutcomesDto })
  @ApiErrorResponses(400, 401, 403, 503)
  groupedOutcomes(@Query() query: GroupedOutcomesQueryDto, @CurrentPrincipal() principal: ViewerPrincipal) {
    return this.queries.execute(new GetGroupedOutcomesQuery(principal, outcomeRequestOf(query)));
  }

  @Get('outcomes/synthesis')
  @Roles('organisation', 'funder', 'evaluator')
  @ApiOperation({
    summary:
      'Random-effects synthesis across the projects you may see: pooled effect, heterogeneity, prediction interval, shrunken estimates and ranks',
    description:
      'DerSimonian–Laird with the Hartung–Knapp–Sidik–Jonkman interval over the projects that qualify for the design (docs/statistics.md "Synthesis across projects"), each project taken from its own Outcome. For a funder, projects hidden at this scale are never pooled, only counted in `excluded.suppressed`.',
  })
  @ApiOkResponse({ type: OutcomeSynthesisDto })
  @ApiErrorResponses(400, 401, 403, 503)
  synthesis(@Query() query: SynthesisQueryDto, @CurrentPrincipal() principal: ViewerPrincipal) {
    return this.queries.execute(new GetOutcomeSynthesisQuery(principal, outcomeRequestOf(query)));
  }
}
