import type { ProjectSummary } from '../api/types';
import { DataTable } from '../components/data-table';
import { hrefOf } from '../routing/route';
import { useDashboard } from '../session/dashboard-context';

/** The token's projects, each linking to its page. */
export function ProjectTable({ projects }: { projects: readonly ProjectSummary[] }) {
  const { t, session } = useDashboard();
  const count = (value: number | null) =>
    value === null ? t.t('forest.suppressed', { k: session.suppressionMinCell }) : value;
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">{t.t('project.list')}</h2>
      <DataTable
        caption={t.t('project.list')}
        header={[t.t('column.project'), t.t('column.interventionType'), t.t('arm.intervention'), t.t('arm.comparison')]}
        keys={projects.map((project) => project.id)}
        rows={projects.map((project) => [
          <a key="link" href={hrefOf({ page: 'project', projectId: project.id })}>
            {project.name}
          </a>,
          t.label('interventionType', project.interventionType),
          count(project.enrolled.intervention),
          project.hasComparisonGroup ? count(project.enrolled.comparison) : '—',
        ])}
      />
    </section>
  );
}
