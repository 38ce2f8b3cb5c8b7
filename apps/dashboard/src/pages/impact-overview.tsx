import type { InstrumentId, InstrumentSummary, ProjectSummary } from '../api/types';
import { ForestPanel } from '../components/forest-panel';
import { Loaded } from '../components/loaded';
import { hrefOf } from '../routing/route';
import { asOfQuery, useDashboard } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';

const DOMAINS = ['loneliness', 'social-isolation', 'wellbeing', 'health'] as const;

/** The instruments at least one of these projects measures, in the platform's order. */
export function instrumentsMeasuredBy(
  instruments: readonly InstrumentSummary[],
  projects: readonly ProjectSummary[],
): InstrumentSummary[] {
  const measured = new Set(projects.flatMap((project) => project.instruments));
  return instruments.filter((instrument) => measured.has(instrument.id));
}

/** Every visible project side by side, per outcome domain, one forest plot per questionnaire. */
export function ImpactOverview({ projects }: { projects: readonly ProjectSummary[] }) {
  const { t, instruments } = useDashboard();
  const measured = instrumentsMeasuredBy(instruments, projects);
  return (
    <>
      {DOMAINS.map((domain) => {
        const ofDomain = measured.filter((instrument) => instrument.domain === domain);
        return (
          <section key={domain} aria-labelledby={`domain-${domain}`}>
            <h2 id={`domain-${domain}`}>{t.t(`domain.${domain}`)}</h2>
            {ofDomain.length === 0 ? (
              <p>{t.t('overview.noData')}</p>
            ) : (
              ofDomain.map((instrument) => (
                <InstrumentForest key={instrument.id} instrument={instrument} projects={projects} />
              ))
            )}
          </section>
        );
      })}
    </>
  );
}

function InstrumentForest({
  instrument,
  projects,
}: {
  instrument: InstrumentSummary;
  projects: readonly ProjectSummary[];
}) {
  const { api, t, asOf, session } = useDashboard();
  const outcomes = useLoad(
    () =>
      api.get('/api/outcomes', {
        query: { instrument: instrument.id as InstrumentId, groupBy: 'project', ...asOfQuery(asOf) },
      }),
    [api, instrument.id, asOf],
  );
  const names = new Map(projects.map((project) => [project.id, project.name]));
  return (
    <>
      <h3>{instrument.name}</h3>
      <Loaded load={outcomes}>
        {(answer) => {
          const label = t.t('forest.label', { instrument: answer.instrument, scale: answer.scale });
          return (
            <>
              <ForestPanel
                label={label}
                rows={answer.rows}
                nameOf={(row) => names.get(row.group) ?? row.group}
                linkOf={(row) => (names.has(row.group) ? hrefOf({ page: 'project', projectId: row.group }) : null)}
                firstColumn={t.t('column.project')}
                fileName={`outcomes-${answer.instrument}-${answer.scale}.csv`}
                position={answer.position}
                asOf={answer.asOf}
              />
              {(answer.projectsLeftOut ?? 0) > 0 && (
                <p className="hint">
                  {t.t('overview.leftOut', { count: answer.projectsLeftOut ?? 0, k: session.suppressionMinCell })}
                </p>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
