import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MeasurementNotFoundError } from '@outcome/domain';
import { EventStore } from '@outcome/event-store';
import { handleParticipantCommand } from '../write/handle-participant-command';
import { MeasurementLocator } from '../write/measurement-locator';
import { organisationOf } from '../write/organisation-principal';
import { positionOf, type Written } from '../write/write-context';
import { RetractMeasurementCommand } from './retract-measurement.command';

@CommandHandler(RetractMeasurementCommand)
export class RetractMeasurementHandler implements ICommandHandler<RetractMeasurementCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly measurements: MeasurementLocator,
  ) {}

  async execute({ measurementId, context }: RetractMeasurementCommand): Promise<Written> {
    const participantId = await this.measurements.participantOf(measurementId);
    if (!participantId) throw new MeasurementNotFoundError(measurementId);
    const handled = await handleParticipantCommand(
      this.store,
      { type: 'RetractMeasurement', participantId, organisationId: organisationOf(context.principal), measurementId },
      context,
    );
    return { position: positionOf(handled.position) };
  }
}
