import type { ViewSnapshot } from '../../reader/view-reader';
import {
  type CellAttributes,
  type CountGrouping,
  cellAttributesOf,
  groupingColumns,
  groupingSelection,
} from '../count-grouping';
import { type ParticipantProfileRow, participantProfileProjection } from './participant-profile.projection';

/** How many participants share one combination of the attributes outcomes are grouped by. */
export interface EnrolledCount extends CellAttributes {
  readonly enrolled: number;
}

/** Enrolled participants of the projects, counted per arm and whatever else `grouping` keeps apart. */
export async function countEnrolled(
  snapshot: ViewSnapshot,
  projectIds: readonly string[],
  grouping: CountGrouping,
): Promise<EnrolledCount[]> {
  if (projectIds.length === 0) return [];
  const columns = groupingColumns(grouping, 'p');
  const builder = snapshot
    .from(participantProfileProjection, 'p')
    .select(groupingSelection(grouping, 'p'))
    .addSelect('COUNT(*)', 'enrolled')
    .andWhere('p.project_id IN (:...projectIds)', { projectIds })
    .groupBy(columns[0]!);
  for (const column of columns.slice(1)) builder.addGroupBy(column);
  const rows = await builder.getRawMany<Parameters<typeof cellAttributesOf>[0] & { enrolled: string | number }>();
  return rows.map((row) => ({ ...cellAttributesOf(row, grouping), enrolled: Number(row.enrolled) }));
}

/** Every participant profile of one project. */
export function profilesOf(snapshot: ViewSnapshot, projectId: string): Promise<ParticipantProfileRow[]> {
  return snapshot.rows(participantProfileProjection, {
    where: { projectId },
    orderBy: ['enrolledOn', 'participantId'],
  });
}
