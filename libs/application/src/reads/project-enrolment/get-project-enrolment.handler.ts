import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CalendarDate } from '@outcome/domain';
import { profilesOf, scaleScoresOfProject, ViewReader } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { withholdSmallCount } from '@outcome/statistics';
import { OUTCOME_VIEWS } from '../outcomes/outcome-cells';
import { ViewReadPoints } from '../view-read-points';
import { reachableProject } from '../visible-projects';
import { countPeriods, type EnrolmentFacts, monthsBetween } from './enrolment-periods';
import { type EnrolmentPeriod, GetProjectEnrolmentQuery, type ProjectEnrolment } from './get-project-enrolment.query';

@QueryHandler(GetProjectEnrolmentQuery)
export class GetProjectEnrolmentHandler implements IQueryHandler<GetProjectEnrolmentQuery> {
  constructor(
    private readonly reader: ViewReader,
    private readonly readPoints: ViewReadPoints,
    private readonly config: AppConfig,
  ) {}

  async execute({ projectId, principal, request }: GetProjectEnrolmentQuery): Promise<ProjectEnrolment> {
    const { at, asOf } = await this.readPoints.resolve(request);
    return this.reader.readTogether(OUTCOME_VIEWS, at, async (snapshot) => {
      const project = await reachableProject(snapshot, principal, projectId);
      const measuredOn = new Map<string, Set<CalendarDate>>();
      for (const row of await scaleScoresOfProject(snapshot, projectId)) {
        const dates = measuredOn.get(row.participantId) ?? new Set<CalendarDate>();
        row.waves.forEach((entry) => dates.add(entry.takenOn));
        measuredOn.set(row.participantId, dates);
      }
      const participants: EnrolmentFacts[] = (await profilesOf(snapshot, projectId)).map((profile) => ({
        profile,
        measuredOn: measuredOn.get(profile.participantId) ?? new Set(),
      }));
      const months = monthsBetween(project.startsOn.slice(0, 7), lastMonth(project.endsOn, asOf, participants));
      const show = (count: number) =>
        principal.role === 'funder' ? withholdSmallCount(count, this.config.suppressionMinCell) : count;
      const rows: EnrolmentPeriod[] = countPeriods(months, participants).map((counts) => ({
        period: counts.period,
        enrolled: show(counts.enrolled),
        exited: show(counts.exited),
        active: show(counts.active),
        measured: show(counts.measured),
      }));
      return {
        projectId,
        interval: 'month',
        asOf: asOf.toISOString(),
        position: snapshot.position?.toString() ?? null,
        rows,
      };
    });
  }
}

/** Up to the month described (or the project's end, if earlier), and never before the last dated fact. */
function lastMonth(endsOn: CalendarDate | null, asOf: Date, participants: readonly EnrolmentFacts[]): string {
  const described = asOf.toISOString().slice(0, 7);
  const ended = endsOn?.slice(0, 7);
  const facts = participants.flatMap(({ profile, measuredOn }) => [
    profile.enrolledOn.slice(0, 7),
    ...(profile.exitedOn ? [profile.exitedOn.slice(0, 7)] : []),
    ...[...measuredOn].map((date) => date.slice(0, 7)),
  ]);
  const until = ended !== undefined && ended < described ? ended : described;
  return [until, ...facts].reduce((latest, month) => (month > latest ? month : latest));
}
