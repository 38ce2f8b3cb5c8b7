import { ProjectNotFoundError, participantStream, projectStream } from '@outcome/domain';
import type { EventStore } from '@outcome/event-store';
import { type ExportedEvent, exportedEvent } from '../export-project-events/exported-event';
import { foldProject } from '../write/participant-streams';

/** What an export holds: one project's streams (its own and its participants'), or the whole store. */
export type ExportScope = { readonly projectId: string } | { readonly all: true };

/** Events read from the store per page: memory stays flat whatever the store's size. */
const PAGE_SIZE = 1000;

/**
 * The events of the scope in global order, pseudonymised as the HTTP export gives them to an
 * evaluator (no personal details, no organisation references, erased payloads marked), read page
 * by page so that an export of any size streams.
 * @throws ProjectNotFoundError when the project was never registered.
 */
export async function* exportedEvents(store: EventStore, scope: ExportScope): AsyncGenerator<ExportedEvent> {
  const inScope = 'all' in scope ? () => true : await streamsOfProject(store, scope.projectId);
  for await (const event of store.replay({ pageSize: PAGE_SIZE })) {
    if (inScope(event.stream)) yield exportedEvent(event, { withReferences: false });
  }
}

async function streamsOfProject(store: EventStore, projectId: string): Promise<(stream: string) => boolean> {
  const project = foldProject(await store.readStream(projectStream(projectId)));
  if (project.status !== 'registered') throw new ProjectNotFoundError(projectId);
  const streams = new Set([
    projectStream(projectId),
    ...project.roster.map((entry) => participantStream(entry.participantId)),
  ]);
  return (stream) => streams.has(stream);
}
