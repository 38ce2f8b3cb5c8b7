import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MeasurementNotFoundError } from '@outcome/domain';
import { ParticipantWriter } from '../write/participant-writer';
import { MeasurementLocator } from '../write/measurement-locator';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { RetractMeasurementCommand } from './retract-measurement.command';

@CommandHandler(RetractMeasurementCommand)
export class RetractMeasurementHandler implements ICommandHandler<RetractMeasurementCommand> {
  constructor(
    private readonly participants: ParticipantWriter,
    private readonly measurements: MeasurementLocator,
  ) {}

  async execute({ measurementId, context }: RetractMeasurementCommand): Promise<Written> {
    const participantId = await this.measurements.participantOf(measurementId);
    if (!participantId) throw new MeasurementNotFoundError(measurementId);
    const handled = await this.participants.handle(
      { type: 'RetractMeasurement', participantId, organisationId: organisationOf(context.principal), measurementId },
      context,
    );
    return { position: positionOf(handled.position) };
  }
}
