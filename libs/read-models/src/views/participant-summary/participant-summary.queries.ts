import type { ViewSnapshot } from '../../reader/view-reader';
import { type ParticipantSummaryRow, participantSummaryProjection } from './participant-summary.projection';

/** The participants of a project, in order of enrolment. */
export function participantsOfProject(snapshot: ViewSnapshot, projectId: string): Promise<ParticipantSummaryRow[]> {
  return snapshot.rows(participantSummaryProjection, {
    where: { projectId },
    orderBy: ['enrolledOn', 'participantId'],
  });
}

/** One participant of a project, if the view holds them. */
export async function participantOfProject(
  snapshot: ViewSnapshot,
  projectId: string,
  participantId: string,
): Promise<ParticipantSummaryRow | undefined> {
  const [row] = await snapshot.rows(participantSummaryProjection, { where: { participantId, projectId } });
  return row;
}
