import { useMemo } from 'react';
import type { Enrolment } from '../../api/types';
import { Chart } from '../../charts/chart';
import { CsvDownload } from '../../components/csv-download';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { ComputedAt } from '../../components/verdict';
import type { MessageKey } from '../../i18n/en';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';

const SERIES: readonly { field: 'enrolled' | 'exited' | 'active' | 'measured'; key: MessageKey; colour: string }[] = [
  { field: 'active', key: 'enrolment.active', colour: '#1d4f91' },
  { field: 'enrolled', key: 'enrolment.enrolled', colour: '#1b6e3a' },
  { field: 'measured', key: 'enrolment.measured', colour: '#7a4b00' },
  { field: 'exited', key: 'enrolment.exited', colour: '#a3231b' },
];

/** Enrolment and retention per month: who joined, who left, who was still taking part. */
export function EnrolmentOverTime({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { api, t, asOf } = useDashboard();
  const answer = useLoad(
    () => api.get('/api/projects/{projectId}/enrolment', { path: { projectId }, query: asOfQuery(asOf) }),
    [api, projectId, asOf],
  );
  return (
    <section aria-labelledby="enrolment-heading">
      <h2 id="enrolment-heading">{t.t('enrolment.title')}</h2>
      <Loaded load={answer}>{(enrolment) => <EnrolmentChart enrolment={enrolment} projectName={projectName} />}</Loaded>
    </section>
  );
}

function EnrolmentChart({ enrolment, projectName }: { enrolment: Enrolment; projectName: string }) {
  const { t, session } = useDashboard();
  const label = t.t('enrolment.label', { project: projectName });
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 24, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: enrolment.rows.map((row) => row.period) },
      yAxis: { type: 'value', minInterval: 1 },
      series: SERIES.map(({ field, key, colour }) => ({
        type: field === 'active' ? 'line' : 'bar',
        name: t.t(key),
        data: enrolment.rows.map((row) => row[field]),
        itemStyle: { color: colour },
        lineStyle: { color: colour },
      })),
    }),
    [enrolment, t],
  );
  return (
    <figure className="panel">
      <Chart label={label} option={option} height={280} />
      <figcaption className="hint">{label}</figcaption>
      <DataTable
        caption={t.t('common.numbersBehind', { chart: label })}
        header={[t.t('enrolment.period'), ...SERIES.map(({ key }) => t.t(key))]}
        rows={enrolment.rows.map((row) => [
          row.period,
          ...SERIES.map(({ field }) => row[field] ?? `< ${session.suppressionMinCell}`),
        ])}
        keys={enrolment.rows.map((row) => row.period)}
      />
      <ComputedAt position={enrolment.position} asOf={enrolment.asOf} />
      <CsvDownload
        fileName="enrolment.csv"
        header={['period', 'enrolled', 'exited', 'active', 'measured', 'position']}
        rows={enrolment.rows.map((row) => [
          row.period,
          row.enrolled,
          row.exited,
          row.active,
          row.measured,
          enrolment.position,
        ])}
      />
    </figure>
  );
}
