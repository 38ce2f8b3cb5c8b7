import { Query } from '@nestjs/cqrs';
import type { Principal } from '../identity/principal';
import type { ExportedEvent } from './exported-event';

export class ExportProjectEventsQuery extends Query<readonly ExportedEvent[]> {
  constructor(
    readonly projectId: string,
    readonly principal: Principal,
    /** Only the events recorded up to this instant (docs/api.md "Reads": `asOf`); all of them without it. */
    readonly asOf?: Date,
  ) {
    super();
  }
}
