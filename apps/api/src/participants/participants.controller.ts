import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EnrolParticipantCommand,
  EraseParticipantCommand,
  GetParticipantRecordQuery,
  LogContactCommand,
  type Principal,
  RecordExitCommand,
  RecordMeasurementCommand,
  WithdrawConsentCommand,
  type WriteContext,
} from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentPrincipal, CurrentWriteContext } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { IdempotencySubject } from '../idempotency/idempotency.decorators';
import { CreatedWithIdDto, EnrolParticipantDto, WrittenDto } from './enrol-participant.dto';
import { LogContactDto } from './log-contact.dto';
import { ParticipantRecordDto } from './participant-record.dto';
import { RecordExitDto, WithdrawConsentDto } from './record-exit.dto';
import { MeasurementRecordedDto, RecordMeasurementDto } from './record-measurement.dto';

@ApiTags('participants')
@ApiBearerAuth()
@Roles('organisation')
@Controller('api')
export class ParticipantsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('projects/:projectId/participants')
  @IdempotencySubject({ answerField: 'id' })
  @ApiOperation({ summary: 'Enrol a participant in a project, under a pseudonym' })
  @ApiCreatedResponse({ type: CreatedWithIdDto })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  enrol(
    @Param('projectId') projectId: string,
    @Body() body: EnrolParticipantDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new EnrolParticipantCommand(projectId, body, context));
  }

  @Get('participants/:participantId')
  @ApiOperation({
    summary: "One participant's record",
    description:
      "Enrolment, measurements that count (with scores), contacts and dose, exit and consent; personal details decrypted for their own organisation only. Read from the participant's stream: always current.",
  })
  @ApiOkResponse({ type: ParticipantRecordDto })
  @ApiErrorResponses(401, 403, 404)
  record(@Param('participantId') participantId: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new GetParticipantRecordQuery(participantId, principal));
  }

  @Post('participants/:participantId/measurements')
  @IdempotencySubject({ param: 'participantId' })
  @ApiOperation({
    summary: 'Record a completed questionnaire',
    description: "Scores are derived from the responses by the instrument's rules, never typed in.",
  })
  @ApiCreatedResponse({ type: MeasurementRecordedDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  recordMeasurement(
    @Param('participantId') participantId: string,
    @Body() body: RecordMeasurementDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new RecordMeasurementCommand(participantId, body, context));
  }

  @Post('participants/:participantId/contacts')
  @IdempotencySubject({ param: 'participantId' })
  @ApiOperation({ summary: 'Log a contact: a unit of dose' })
  @ApiCreatedResponse({ type: CreatedWithIdDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  logContact(
    @Param('participantId') participantId: string,
    @Body() body: LogContactDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new LogContactCommand(participantId, body, context));
  }

  @Post('participants/:participantId/exit')
  @IdempotencySubject({ param: 'participantId' })
  @ApiOperation({ summary: 'Record that the participant left the project' })
  @ApiCreatedResponse({ type: WrittenDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  recordExit(
    @Param('participantId') participantId: string,
    @Body() body: RecordExitDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new RecordExitCommand(participantId, body, context));
  }

  @Post('participants/:participantId/consent-withdrawal')
  @IdempotencySubject({ param: 'participantId' })
  @ApiOperation({
    summary: 'Record that the participant withdrew consent',
    description: 'No new measurements from then on; what was recorded stays unless the participant is erased.',
  })
  @ApiCreatedResponse({ type: WrittenDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 422)
  withdrawConsent(
    @Param('participantId') participantId: string,
    @Body() body: WithdrawConsentDto,
    @CurrentWriteContext() context: WriteContext,
  ) {
    return this.commands.execute(new WithdrawConsentCommand(participantId, body.on, context));
  }

  @Delete('participants/:participantId')
  @IdempotencySubject({ param: 'participantId' })
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Erase a participant (right to be forgotten)',
    description:
      "Destroys the participant's key: personal details, responses and scores become unreadable in every store, the event store included; views stop counting them. The streams keep their shape.",
  })
  @ApiOkResponse({ type: WrittenDto })
  @ApiErrorResponses(401, 403, 404, 409)
  erase(@Param('participantId') participantId: string, @CurrentWriteContext() context: WriteContext) {
    return this.commands.execute(new EraseParticipantCommand(participantId, context));
  }
}
