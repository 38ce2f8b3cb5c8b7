import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { addDays, type CalendarDate } from '@outcome/domain';
import { findInstrument } from '@outcome/instruments';
import {
  profilesOf,
  type Projection,
  type ScaleScoresRow,
  scaleScoresOfProject,
  ViewReader,
} from '@outcome/read-models';
import { EventStore } from '@outcome/event-store';
import { OUTCOME_VIEWS } from '../outcomes/outcome-cells';
import { referencesOfProject } from '../participant-references';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import { GetMeasurementsDueQuery, type MeasurementDue, type MeasurementsDue } from './get-measurements-due.query';

const DUE_VIEWS = OUTCOME_VIEWS as readonly Projection<object>[];

@QueryHandler(GetMeasurementsDueQuery)
export class GetMeasurementsDueHandler implements IQueryHandler<GetMeasurementsDueQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly store: EventStore,
  ) {}

  async execute({ projectId, principal, request }: GetMeasurementsDueQuery): Promise<MeasurementsDue> {
    const { at, asOf } = await this.readPoints.resolve(request);
    const today = asOf.toISOString().slice(0, 10) as CalendarDate;
    return this.reader.readTogether(DUE_VIEWS, at, async (snapshot) => {
      const project = await reachableProject(snapshot, principal, projectId);
      const lastMeasured = new Map<string, ScaleScoresRow>();
      for (const instrument of project.instruments) {
        const scale = findInstrument(instrument)?.mainScale;
        for (const row of await scaleScoresOfProject(snapshot, projectId, { instrument, scale })) {
          lastMeasured.set(`${row.participantId} ${instrument}`, row);
        }
      }
      const rows: MeasurementDue[] = [];
      const profiles = await profilesOf(snapshot, projectId);
      const references =
        profiles.length > 0 ? await referencesOfProject(this.store, projectId) : new Map<string, string | null>();
      for (const profile of profiles) {
        // Still measured: not left (or left having completed the intervention, for follow-ups), consent standing.
        const stillMeasured = profile.exitedOn === null || profile.exitReason === 'completed';
        if (!stillMeasured || profile.consentWithdrawnOn !== null) continue;
        for (const instrument of project.instruments) {
          const last = lastMeasured.get(`${profile.participantId} ${instrument}`)?.waves.at(-1) ?? null;
          if (last === null && profile.exitedOn !== null) continue;
          const dueSince = last === null ? profile.enrolledOn : addDays(last.takenOn, 7 * request.afterWeeks);
          if (dueSince > today || (project.endsOn !== null && dueSince > project.endsOn)) continue;
          rows.push({
            participantId: profile.participantId,
            reference: references.get(profile.participantId) ?? null,
            instrument,
            lastWave: last?.wave ?? null,
            lastTakenOn: last?.takenOn ?? null,
            dueWave: last === null ? 0 : last.wave + 1,
            dueSince,
          });
        }
      }
      rows.sort(
        (a, b) =>
          compare(a.dueSince, b.dueSince) ||
          compare(a.reference ?? '', b.reference ?? '') ||
          compare(a.participantId, b.participantId) ||
          compare(a.instrument, b.instrument),
      );
      return {
        projectId,
        afterWeeks: request.afterWeeks,
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
        rows,
      };
    });
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
