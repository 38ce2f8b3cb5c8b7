import { Command } from '@nestjs/cqrs';
import type { WriteContext, Written } from '../write/write-context';

export class RetractMeasurementCommand extends Command<Written> {
  constructor(
    readonly measurementId: string,
    readonly context: WriteContext,
  ) {
    super();
  }
}
