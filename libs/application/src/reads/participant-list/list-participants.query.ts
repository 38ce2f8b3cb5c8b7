import { Query } from '@nestjs/cqrs';
import type { ParticipantSummaryRow } from '@outcome/read-models';
import type { ViewRequest } from '../view-read-points';
import type { ViewerPrincipal } from '../visible-projects';

/** A participant as the organisation's list shows them: their reference, and no personal details. */
export type ParticipantListItem = { readonly id: string; readonly reference: string | null } & Omit<
  ParticipantSummaryRow,
  'participantId' | 'projectId' | 'organisationId' | 'lastPosition'
>;

export interface ParticipantList {
  readonly participants: readonly ParticipantListItem[];
  readonly asOf: string;
  readonly position: string | null;
}

/** `GET /api/projects/{projectId}/participants`: the organisation's own project only. */
export class ListParticipantsQuery extends Query<ParticipantList> {
  constructor(
    readonly projectId: string,
    readonly principal: ViewerPrincipal,
    readonly request: ViewRequest,
  ) {
    super();
  }
}
