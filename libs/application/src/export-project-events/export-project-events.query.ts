import { Query } from '@nestjs/cqrs';
import type { Principal } from '../identity/principal';
import type { ExportedEvent } from './exported-event';

export class ExportProjectEventsQuery extends Query<readonly ExportedEvent[]> {
  constructor(
    readonly projectId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}
