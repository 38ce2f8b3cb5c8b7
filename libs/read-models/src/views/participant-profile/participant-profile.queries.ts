import type { AgeBand, Arm, RiskFactor } from '@outcome/domain';
import type { ViewSnapshot } from '../../reader/view-reader';
import { type ParticipantProfileRow, participantProfileProjection } from './participant-profile.projection';

/** How many participants share one combination of the attributes outcomes are grouped by. */
export interface EnrolledCount {
  readonly projectId: string;
  readonly arm: Arm;
  readonly ageBand: AgeBand;
  readonly riskFactors: readonly RiskFactor[];
  readonly enrolled: number;
}

/** Enrolled participants of the projects, counted per project, arm, age band and set of risk factors. */
export async function countEnrolled(snapshot: ViewSnapshot, projectIds: readonly string[]): Promise<EnrolledCount[]> {
  if (projectIds.length === 0) return [];
  const rows = await snapshot
    .from(participantProfileProjection, 'p')
    .select(['p.project_id AS project_id', 'p.arm AS arm', 'p.age_band AS age_band', 'p.risk_factors AS risk_factors'])
    .addSelect('COUNT(*)', 'enrolled')
    .andWhere('p.project_id IN (:...projectIds)', { projectIds })
    .groupBy('p.project_id')
    .addGroupBy('p.arm')
    .addGroupBy('p.age_band')
    .addGroupBy('p.risk_factors')
    .getRawMany<{ project_id: string; arm: Arm; age_band: AgeBand; risk_factors: string; enrolled: string | number }>();
  return rows.map((row) => ({
    projectId: row.project_id,
    arm: row.arm,
    ageBand: row.age_band,
    riskFactors: JSON.parse(row.risk_factors) as RiskFactor[],
    enrolled: Number(row.enrolled),
  }));
}

/** Every participant profile of one project. */
export function profilesOf(snapshot: ViewSnapshot, projectId: string): Promise<ParticipantProfileRow[]> {
  return snapshot.rows(participantProfileProjection, {
    where: { projectId },
    orderBy: ['enrolledOn', 'participantId'],
  });
}
