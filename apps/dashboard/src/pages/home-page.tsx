import { Loaded } from '../components/loaded';
import { asOfQuery, useDashboard } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';
import { AdminPage } from './admin-page';
import { ImpactOverview } from './impact-overview';
import { ProjectTable } from './project-table';
import { Subgroups } from './subgroups';
import { SynthesisSection } from './synthesis';

/** What a token sees first: the administrator its page; everyone else their projects and their outcomes. */
export function HomePage() {
  const { session } = useDashboard();
  return session.role === 'admin' ? <AdminPage /> : <Overview />;
}

/** The projects, then their outcomes side by side, pooled, and broken down. */
function Overview() {
  const { api, t, asOf } = useDashboard();
  const projects = useLoad(() => api.get('/api/projects', { query: asOfQuery(asOf) }), [api, asOf]);
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
