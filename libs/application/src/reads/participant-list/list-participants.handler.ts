import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  participantsOfProject,
  participantSummaryProjection,
  projectCatalogueProjection,
  type Projection,
  ViewReader,
} from '@outcome/read-models';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import { ListParticipantsQuery, type ParticipantList } from './list-participants.query';

const LIST_VIEWS = [projectCatalogueProjection, participantSummaryProjection] as readonly Projection<object>[];

@QueryHandler(ListParticipantsQuery)
export class ListParticipantsHandler implements IQueryHandler<ListParticipantsQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
  ) {}

  async execute({ projectId, principal, request }: ListParticipantsQuery): Promise<ParticipantList> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(LIST_VIEWS, at, async (snapshot) => {
      await reachableProject(snapshot, principal, projectId);
      const rows = await participantsOfProject(snapshot, projectId);
      return {
        participants: rows.map(
          ({ participantId, projectId: _project, organisationId: _organisation, lastPosition: _last, ...row }) => ({
            id: participantId,
            ...row,
          }),
        ),
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
      };
    });
  }
}
