import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MeasurementRecorded } from '@outcome/domain';
import { ParticipantWriter } from '../write/participant-writer';
import { organisationOf } from '../write/organisation-principal';
import { positionOf } from '../write/write-context';
import { type MeasurementRecordedResult, RecordMeasurementCommand } from './record-measurement.command';

@CommandHandler(RecordMeasurementCommand)
export class RecordMeasurementHandler implements ICommandHandler<RecordMeasurementCommand> {
  constructor(private readonly participants: ParticipantWriter) {}

  async execute({ participantId, measurement, context }: RecordMeasurementCommand): Promise<MeasurementRecordedResult> {
    const measurementId = randomUUID();
    const handled = await this.participants.handle(
      {
        type: 'RecordMeasurement',
        participantId,
        organisationId: organisationOf(context.principal),
        measurementId,
        ...measurement,
      },
      context,
      measurement.takenOn,
    );
    const recorded = handled.events[0] as MeasurementRecorded;
    return { id: measurementId, scores: recorded.data.scores ?? {}, position: positionOf(handled.position) };
  }
}
