import { Command } from '@nestjs/cqrs';
import type { CalendarDate, InterventionType } from '@outcome/domain';
import type { WriteContext, Written } from '../write/write-context';

export interface ProjectInput {
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly targetGroup?: string | null;
  readonly startsOn: CalendarDate;
  readonly endsOn?: CalendarDate | null;
  readonly instruments: readonly string[];
  readonly hasComparisonGroup?: boolean;
}

export interface ProjectRegisteredResult extends Written {
  readonly id: string;
}

export class RegisterProjectCommand extends Command<ProjectRegisteredResult> {
  constructor(
    readonly project: ProjectInput,
    readonly context: WriteContext,
  ) {
    super();
  }
}
