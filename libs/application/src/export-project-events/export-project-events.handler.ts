import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectNotFoundError, participantStream, projectStream } from '@outcome/domain';
import { EventStore, type RecordedEvent } from '@outcome/event-store';
import { canReachProject } from '../identity/principal';
import { foldProject } from '../write/participant-streams';
import { ExportProjectEventsQuery } from './export-project-events.query';
import { type ExportedEvent, exportedEvent } from './exported-event';

/**
 * The project's stream and its participants' streams merged in global order: what an evaluator
 * replays to rebuild any view and verify a published figure. As of an instant, the project as it
 * stood then: not found before it was registered.
 */
@QueryHandler(ExportProjectEventsQuery)
export class ExportProjectEventsHandler implements IQueryHandler<ExportProjectEventsQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ projectId, principal, asOf }: ExportProjectEventsQuery): Promise<readonly ExportedEvent[]> {
    const recordedByThen = (events: readonly RecordedEvent[]) =>
      asOf ? events.filter((event) => Date.parse(event.metadata.recordedAt) <= asOf.getTime()) : events;
    const projectEvents = recordedByThen(await this.store.readStream(projectStream(projectId)));
    const project = foldProject(projectEvents);
    if (project.status !== 'registered' || !canReachProject(principal, project))
      throw new ProjectNotFoundError(projectId);
    const participantEvents = await Promise.all(
      project.roster.map(async (entry) =>
        recordedByThen(await this.store.readStream(participantStream(entry.participantId))),
      ),
    );
    const withReferences = principal.role === 'organisation';
    return [...projectEvents, ...participantEvents.flat()]
      .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0))
      .map((event) => exportedEvent(event, { withReferences }));
  }
}
