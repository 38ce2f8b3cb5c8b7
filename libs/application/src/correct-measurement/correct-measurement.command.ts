import { Command } from '@nestjs/cqrs';
import type { CalendarDate } from '@outcome/domain';
import type { ItemResponse, Scores } from '@outcome/instruments';
import type { WriteContext, Written } from '../write/write-context';

export interface CorrectionInput {
  readonly responses: readonly ItemResponse[];
  readonly takenOn?: CalendarDate | null;
}

export interface MeasurementCorrectedResult extends Written {
  readonly scores: Scores;
}

export class CorrectMeasurementCommand extends Command<MeasurementCorrectedResult> {
  constructor(
    readonly measurementId: string,
    readonly correction: CorrectionInput,
    readonly context: WriteContext,
  ) {
    super();
  }
}
