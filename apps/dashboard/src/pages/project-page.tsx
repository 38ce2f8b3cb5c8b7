import { useState } from 'react';
import { Loaded } from '../components/loaded';
import { hrefOf } from '../routing/route';
import { asOfQuery, useDashboard } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';
import { DoseResponse } from './project/dose-response';
import { EnrolForm } from './project/enrol-form';
import { EnrolmentOverTime } from './project/enrolment-over-time';
import { EventTimeline } from './project/event-timeline';
import { MeasurementsDue } from './project/measurements-due';
import { OutcomeCard } from './project/outcome-card';
import { ParticipantTable } from './project/participant-table';
import { PlanningPanel } from './project/planning-panel';

/** One project: its outcomes, dose–response and enrolment; its coordinator's lists; its evaluator's events. */
export function ProjectPage({ projectId }: { projectId: string }) {
  const { api, t, session, asOf } = useDashboard();
  const [enrolling, setEnrolling] = useState(false);
  const project = useLoad(
    () => api.get('/api/projects/{projectId}', { path: { projectId }, query: asOfQuery(asOf) }),
    [api, projectId, asOf],
  );
  return (
    <Loaded load={project}>
      {(summary) => (
        <>
          <p>
            <a href={hrefOf({ page: 'home' })}>{t.t('common.back')}</a>
          </p>
          <h1>{t.t('project.title', { name: summary.name })}</h1>
          <p>
            {t.t('project.facts', {
              type: t.label('interventionType', summary.interventionType),
              startsOn: t.date(summary.startsOn),
              endsOn: summary.endsOn ? t.t('project.until', { endsOn: t.date(summary.endsOn) }) : '',
            })}
          </p>
          {session.role === 'organisation' &&
            (enrolling ? (
              <EnrolForm
                projectId={projectId}
                hasComparisonGroup={summary.hasComparisonGroup}
                onClose={() => setEnrolling(false)}
              />
            ) : (
              <p>
                <button type="button" onClick={() => setEnrolling(true)}>
                  {t.t('enrol.open')}
                </button>
              </p>
            ))}
          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">{t.t('project.outcomes')}</h2>
            {summary.instruments.map((instrument) => (
              <OutcomeCard key={instrument} projectId={projectId} instrument={instrument} />
            ))}
          </section>
          {summary.instruments[0] && <DoseResponse projectId={projectId} instruments={summary.instruments} />}
          <EnrolmentOverTime projectId={projectId} projectName={summary.name} />
          {session.role === 'organisation' && (
            <>
              <MeasurementsDue projectId={projectId} instruments={summary.instruments} />
              <ParticipantTable projectId={projectId} />
              <PlanningPanel hasComparisonGroup={summary.hasComparisonGroup} />
            </>
          )}
          {session.role === 'evaluator' && <EventTimeline projectId={projectId} />}
        </>
      )}
    </Loaded>
  );
}
