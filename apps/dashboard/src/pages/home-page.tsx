import { useDashboard, asOfQuery } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';
import { Loaded } from '../components/loaded';
import { ImpactOverview } from './impact-overview';
import { ProjectTable } from './project-table';
import { Subgroups } from './subgroups';
import { SynthesisSection } from './synthesis';

/** What a token sees first: its projects, then their outcomes side by side and broken down. */
export function HomePage() {
  const { api, session, t, asOf } = useDashboard();
  const projects = useLoad(() => api.get('/api/projects', { query: asOfQuery(asOf) }), [api, asOf]);
  if (session.role === 'admin') return <p>{t.t('admin.notice')}</p>;
  return (
    <>
      <h1>{t.t('overview.title')}</h1>
      <Loaded load={projects}>
        {({ projects: list }) =>
          list.length === 0 ? (
            <p>{t.t('overview.noProjects')}</p>
          ) : (
            <>
              <ProjectTable projects={list} />
              <ImpactOverview projects={list} />
              <SynthesisSection projects={list} />
              <Subgroups projects={list} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
