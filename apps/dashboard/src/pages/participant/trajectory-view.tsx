import { useMemo } from 'react';
import type { Trajectory } from '../../api/types';
import { Chart } from '../../charts/chart';
import { CsvDownload } from '../../components/csv-download';
import { DataTable } from '../../components/data-table';
import { ComputedAt } from '../../components/verdict';
import { useDashboard } from '../../session/dashboard-context';

type Point = Trajectory['scores'][number];

const MARKS: Record<string, { symbol: string; colour: string }> = {
  improved: { symbol: 'triangle', colour: '#1b6e3a' },
  deteriorated: { symbol: 'diamond', colour: '#a3231b' },
  unchanged: { symbol: 'circle', colour: '#3d4a5c' },
};

/** A participant's scores per wave, with reliable change marked, and every scale's score in a table. */
export function TrajectoryView({ trajectory, reference }: { trajectory: Trajectory; reference: string }) {
  const { t, instruments } = useDashboard();
  const mainScales = trajectory.scores.filter(
    (point) => instruments.find((instrument) => instrument.id === point.instrument)?.mainScale === point.scale,
  );
  const series = [...new Set(mainScales.map((point) => point.instrument))].map((instrument) => ({
    instrument,
    points: mainScales.filter((point) => point.instrument === instrument),
  }));
  return (
    <>
      <h2>{t.t('trajectory.title', { reference })}</h2>
      <p>
        {t.label('arm', trajectory.arm)} · {t.t('participants.enrolledOn')} {t.date(trajectory.enrolledOn)}
        {trajectory.exitedOn ? ` · ${t.t('participants.exitedOn')} ${t.date(trajectory.exitedOn)}` : ''} ·{' '}
        {t.t('trajectory.dose', {
          contacts: trajectory.dose.contacts,
          hours: t.number(trajectory.dose.minutes / 60, 1),
        })}
      </p>
      {series.length === 0 && <p>{t.t('common.none')}</p>}
      {series.map(({ instrument, points }) => (
        <InstrumentTrajectory key={instrument} points={points} reference={reference} />
      ))}
      <DataTable
        caption={t.t('trajectory.title', { reference })}
        header={[
          t.t('due.instrument'),
          t.t('trajectory.wave'),
          t.t('trajectory.takenOn'),
          t.t('trajectory.score'),
          t.t('trajectory.change'),
          t.t('trajectory.reliableChange'),
        ]}
        keys={trajectory.scores.map((point) => `${point.measurementId}-${point.scale}`)}
        rows={trajectory.scores.map((point) => [
          `${point.instrument} ${point.scale}`,
          point.wave,
          t.date(point.takenOn),
          t.number(point.score, 1),
          t.number(point.change, 1),
          point.reliableChange ? t.label('reliable', point.reliableChange) : '—',
        ])}
      />
      <ComputedAt position={trajectory.position} asOf={trajectory.asOf} />
      <CsvDownload
        fileName={`trajectory-${reference}.csv`}
        header={['instrument', 'scale', 'wave', 'takenOn', 'score', 'change', 'reliableChange', 'measurementId']}
        rows={trajectory.scores.map((point) => [
          point.instrument,
          point.scale,
          point.wave,
          point.takenOn,
          point.score,
          point.change,
          point.reliableChange,
          point.measurementId,
        ])}
      />
    </>
  );
}

function InstrumentTrajectory({ points, reference }: { points: readonly Point[]; reference: string }) {
  const { t } = useDashboard();
  const first = points[0]!;
  const label = t.t('trajectory.label', { instrument: first.instrument, scale: first.scale, reference });
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', name: t.t('trajectory.wave'), data: points.map((point) => String(point.wave)) },
      yAxis: { type: 'value', name: t.t('trajectory.score') },
      series: [
        {
          type: 'line',
          data: points.map((point) => {
            const mark = MARKS[point.reliableChange ?? ''];
            return {
              value: point.score,
              name: point.reliableChange ? t.label('reliable', point.reliableChange) : t.t('trajectory.score'),
              symbol: mark?.symbol ?? 'emptyCircle',
              symbolSize: mark ? 14 : 8,
              itemStyle: { color: mark?.colour ?? '#1d4f91' },
            };
          }),
          lineStyle: { color: '#1d4f91' },
        },
      ],
    }),
    [points, t],
  );
  return (
    <figure className="panel">
      <Chart label={label} option={option} height={240} />
      <figcaption className="hint">{label}</figcaption>
    </figure>
  );
}
