import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlanPowerQuery, ROLES } from '@outcome/application';
import type { StudyDesign } from '@outcome/statistics';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { PowerPlanDto } from './power-plan.dto';
import { PowerQueryDto } from './power-query.dto';

/** Planning a project: how many people it must enrol to be able to show an effect. */
@ApiTags('planning')
@ApiBearerAuth()
@Controller('api/power')
export class PowerController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'How many to enrol to show a standardised effect d with the power asked for',
    description:
      'Two-sided t-test by the noncentral t distribution (docs/statistics.md "Power and the minimum detectable effect"): paired before–after, or two equal arms. Reads no data; the same for every token.',
  })
  @ApiOkResponse({ type: PowerPlanDto })
  @ApiErrorResponses(400, 401)
  plan(@Query() query: PowerQueryDto) {
    return this.queries.execute(
      new PlanPowerQuery({
        design: query.design as StudyDesign,
        effectSize: Number(query.effectSize),
        power: Number(query.power ?? '0.8'),
        alpha: Number(query.alpha ?? '0.05'),
        attrition: Number(query.attrition ?? '0'),
      }),
    );
  }
}
