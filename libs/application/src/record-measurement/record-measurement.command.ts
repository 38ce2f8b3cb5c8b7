import { Command } from '@nestjs/cqrs';
import type { CalendarDate } from '@outcome/domain';
import type { ItemResponse, Scores } from '@outcome/instruments';
import type { WriteContext, Written } from '../write/write-context';

export interface MeasurementInput {
  readonly instrument: string;
  readonly wave: number;
  readonly takenOn: CalendarDate;
  readonly responses: readonly ItemResponse[];
}

export interface MeasurementRecordedResult extends Written {
  readonly id: string;
  readonly scores: Scores;
}

export class RecordMeasurementCommand extends Command<MeasurementRecordedResult> {
  constructor(
    readonly participantId: string,
    readonly measurement: MeasurementInput,
    readonly context: WriteContext,
  ) {
    super();
  }
}
