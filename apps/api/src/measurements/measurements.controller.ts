import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CorrectMeasurementCommand, RetractMeasurementCommand, type WriteContext } from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentWriteContext } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { IdempotencySubject } from '../idempotency/idempotency.decorators';
import { WrittenDto } from '../participants/enrol-participant.dto';
import { CorrectMeasurementDto, MeasurementCorrectedDto } from './correct-measurement.dto';

@ApiTags('measurements')
@ApiBearerAuth()
@Roles('organisation')
@Controller('api/measurements')
export class MeasurementsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':measurementId/correction')
  @IdempotencySubject({ measurementParam: 'measurementId' })
  @ApiOperation({
    summary: 'Correct a measurement',
    description:
      'Replaces its responses (and date) from now on; the original stays in the history. Possible after an exit or a withdrawal.',
  })
  @ApiCreatedResponse({ type: MeasurementCorrectedDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  correct(
    @Param('measurementId') measurementId: string,
    @Body() body: CorrectMeasurementDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new CorrectMeasurementCommand(measurementId, body, context));
  }

  @Delete(':measurementId')
  @IdempotencySubject({ measurementParam: 'measurementId' })
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retract a measurement: it no longer counts' })
  @ApiOkResponse({ type: WrittenDto })
  @ApiErrorResponses(401, 403, 404, 409)
  retract(@Param('measurementId') measurementId: string, @CurrentWriteContext() context: WriteContext) {
    return this.commands.execute(new RetractMeasurementCommand(measurementId, context));
  }
}
