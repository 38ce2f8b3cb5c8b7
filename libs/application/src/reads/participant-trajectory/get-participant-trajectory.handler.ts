import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ParticipantNotFoundError } from '@outcome/domain';
import {
  participantOfProject,
  participantSummaryProjection,
  type Projection,
  type ScaleScoresRow,
  scaleScoresOf,
  ViewReader,
  type ViewSnapshot,
} from '@outcome/read-models';
import { classifyReliableChange } from '@outcome/statistics';
import { analyseCells, OUTCOME_VIEWS, readOutcomeCells } from '../outcomes/outcome-cells';
import { resolveOutcomeScale } from '../outcomes/outcome-scale';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import {
  GetParticipantTrajectoryQuery,
  type ParticipantTrajectory,
  type TrajectoryPoint,
} from './get-participant-trajectory.query';

const TRAJECTORY_VIEWS = [...OUTCOME_VIEWS, participantSummaryProjection] as readonly Projection<object>[];

@QueryHandler(GetParticipantTrajectoryQuery)
export class GetParticipantTrajectoryHandler implements IQueryHandler<GetParticipantTrajectoryQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
  ) {}

  async execute({
    projectId,
    participantId,
    principal,
    request,
  }: GetParticipantTrajectoryQuery): Promise<ParticipantTrajectory> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(TRAJECTORY_VIEWS, at, async (snapshot) => {
      // A participant's own page is for its own organisation only: everyone else gets 404.
      if (principal.role !== 'organisation') throw new ParticipantNotFoundError(participantId);
      await reachableProject(snapshot, principal, projectId);
      const summary = await participantOfProject(snapshot, projectId, participantId);
      if (!summary) throw new ParticipantNotFoundError(participantId);
      const scores: TrajectoryPoint[] = [];
      for (const row of await scaleScoresOf(snapshot, participantId)) {
        scores.push(...(await this.pointsOf(snapshot, projectId, summary.arm, row)));
      }
      return {
        participantId,
        arm: summary.arm,
        enrolledOn: summary.enrolledOn,
        exitedOn: summary.exitedOn,
        dose: { contacts: summary.contacts, minutes: summary.contactMinutes },
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
        scores: scores.sort(
          (a, b) => a.wave - b.wave || compare(a.instrument, b.instrument) || compare(a.scale, b.scale),
        ),
      };
    });
  }

  private async pointsOf(
    snapshot: ViewSnapshot,
    projectId: string,
    arm: 'intervention' | 'comparison',
    row: ScaleScoresRow,
  ): Promise<TrajectoryPoint[]> {
    const scale = resolveOutcomeScale(row.instrument, row.scale);
    // docs/statistics.md "Reliable change": the threshold of the participant's arm in the project.
    const outcome = analyseCells(await readOutcomeCells(snapshot, [projectId], scale, undefined), scale);
    const threshold = outcome.arms[arm]?.reliableChange?.threshold ?? null;
    return row.waves.flatMap((entry) => {
      if (entry.score === null) return [];
      const change = entry.wave === 0 || row.baseline === null ? null : changeOf(row.baseline, entry.score);
      return [
        {
          instrument: row.instrument,
          scale: row.scale,
          wave: entry.wave,
          takenOn: entry.takenOn,
          measurementId: entry.measurementId,
          score: entry.score,
          change,
          reliableChange:
            change === null || threshold === null ? null : classifyReliableChange(change, threshold, scale.direction),
        },
      ];
    });
  }
}

/** On the 1e-9 grid of docs/statistics.md, so that 27.03 − 24.11 reads 2.92. */
function changeOf(baseline: number, score: number): number {
  return Math.round((score - baseline) * 1e9) / 1e9;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
