import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MeasurementNotFoundError, type MeasurementCorrected } from '@outcome/domain';
import { ParticipantWriter } from '../write/participant-writer';
import { MeasurementLocator } from '../write/measurement-locator';
import { organisationOf } from '../write/organisation-principal';
import { positionOf } from '../write/write-context';
import { CorrectMeasurementCommand, type MeasurementCorrectedResult } from './correct-measurement.command';

@CommandHandler(CorrectMeasurementCommand)
export class CorrectMeasurementHandler implements ICommandHandler<CorrectMeasurementCommand> {
  constructor(
    private readonly participants: ParticipantWriter,
    private readonly measurements: MeasurementLocator,
  ) {}

  async execute({
    measurementId,
    correction,
    context,
  }: CorrectMeasurementCommand): Promise<MeasurementCorrectedResult> {
    const participantId = await this.measurements.participantOf(measurementId);
    if (!participantId) throw new MeasurementNotFoundError(measurementId);
    const handled = await this.participants.handle(
      {
        type: 'CorrectMeasurement',
        participantId,
        organisationId: organisationOf(context.principal),
        measurementId,
        responses: correction.responses,
        takenOn: correction.takenOn ?? null,
      },
      context,
      correction.takenOn ?? undefined,
    );
    const corrected = handled.events[0] as MeasurementCorrected;
    return { scores: corrected.data.scores ?? {}, position: positionOf(handled.position) };
  }
}
