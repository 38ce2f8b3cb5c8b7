import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  participantsOfProject,
  participantSummaryProjection,
  projectCatalogueProjection,
  type Projection,
  ViewReader,
} from '@outcome/read-models';
import { EventStore } from '@outcome/event-store';
import { referencesOfProject } from '../participant-references';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import { ListParticipantsQuery, type ParticipantList } from './list-participants.query';

const LIST_VIEWS = [projectCatalogueProjection, participantSummaryProjection] as readonly Projection<object>[];

@QueryHandler(ListParticipantsQuery)
export class ListParticipantsHandler implements IQueryHandler<ListParticipantsQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly store: EventStore,
  ) {}

  async execute({ projectId, principal, request }: ListParticipantsQuery): Promise<ParticipantList> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(LIST_VIEWS, at, async (snapshot) => {
      await reachableProject(snapshot, principal, projectId);
      const rows = await participantsOfProject(snapshot, projectId);
      const references =
        rows.length > 0 ? await referencesOfProject(this.store, projectId) : new Map<string, string | null>();
      return {
        participants: rows.map(
          ({ participantId, projectId: _project, organisationId: _organisation, lastPosition: _last, ...row }) => ({
            id: participantId,
            reference: references.get(participantId) ?? null,
            ...row,
          }),
        ),
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
      };
    });
  }
}
