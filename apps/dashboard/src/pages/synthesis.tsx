import { useMemo, useState } from 'react';
import type { InstrumentId, ProjectSummary } from '../api/types';
import type { AnswerOf } from '../api/client';
import { Chart } from '../charts/chart';
import { type ForestRow, forestPlotOption, toneOf } from '../charts/forest-plot';
import { CsvDownload } from '../components/csv-download';
import { DataTable } from '../components/data-table';
import { InstrumentSelect } from '../components/instrument-select';
import { Loaded } from '../components/loaded';
import { ComputedAt } from '../components/verdict';
import { asOfQuery, useDashboard } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';
import { instrumentsMeasuredBy } from './impact-overview';

type Synthesis = AnswerOf<'/api/outcomes/synthesis'>;
const DESIGNS = ['before-after', 'controlled'] as const;
type Design = (typeof DESIGNS)[number];

/** ± 1.96 standard errors around a project's effect, the interval its weight in the synthesis rests on. */
function approximateInterval(effect: number, variance: number): [number, number] {
  const margin = 1.96 * Math.sqrt(variance);
  return [effect - margin, effect + margin];
}

function pair(bounds: readonly number[] | null): [number, number] | null {
  return bounds && bounds.length === 2 ? [bounds[0]!, bounds[1]!] : null;
}

/** The visible projects pooled by random effects, with the prediction interval and a raw / shrunken toggle. */
export function SynthesisSection({ projects }: { projects: readonly ProjectSummary[] }) {
  const { api, t, asOf, instruments } = useDashboard();
  const measured = instrumentsMeasuredBy(instruments, projects);
  const [instrument, setInstrument] = useState(measured[0]?.id ?? '');
  const [design, setDesign] = useState<Design>('before-after');
  const [shrunken, setShrunken] = useState(false);
  const synthesis = useLoad(
    () =>
      api.get('/api/outcomes/synthesis', {
        query: { instrument: instrument as InstrumentId, design, ...asOfQuery(asOf) },
      }),
    [api, instrument, design, asOf],
  );
  if (!instrument) return null;
  return (
    <section aria-labelledby="synthesis-heading">
      <h2 id="synthesis-heading">{t.t('synthesis.title')}</h2>
      <p>{t.t('synthesis.intro')}</p>
      <div className="controls">
        <InstrumentSelect instruments={measured} value={instrument} onChange={setInstrument} />
        <label className="inline-field">
          <span>{t.t('synthesis.design')}</span>
          <select value={design} onChange={(event) => setDesign(event.target.value as Design)}>
            {DESIGNS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t.t(`synthesis.design.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={shrunken} onChange={(event) => setShrunken(event.target.checked)} />
          <span>{t.t('synthesis.shrunken')}</span>
        </label>
      </div>
      <Loaded load={synthesis}>
        {(answer) => <SynthesisPanel synthesis={answer} projects={projects} shrunken={shrunken} />}
      </Loaded>
    </section>
  );
}

function SynthesisPanel({
  synthesis,
  projects,
  shrunken,
}: {
  synthesis: Synthesis;
  projects: readonly ProjectSummary[];
  shrunken: boolean;
}) {
  const { t, session } = useDashboard();
  const names = new Map(projects.map((project) => [project.id, project.name]));
  const design = t.t(`synthesis.design.${synthesis.design}`);
  const label = t.t(shrunken ? 'synthesis.labelShrunken' : 'synthesis.label', {
    design,
    instrument: synthesis.instrument,
    scale: synthesis.scale,
  });
  const pooled = pair(synthesis.ci95);
  const prediction = pair(synthesis.predictionInterval);
  const rows: ForestRow[] = useMemo(
    () => [
      ...synthesis.rows.map((row): ForestRow => {
        const interval = approximateInterval(row.effect, row.variance);
        return {
          label: names.get(row.projectId) ?? row.projectId,
          estimate: shrunken ? row.shrunken : row.effect,
          ci95: shrunken ? null : interval,
          tone: toneOf(interval, synthesis.direction),
        };
      }),
      ...(pooled && synthesis.pooled !== null
        ? [
            {
              label: t.t('synthesis.pooled'),
              estimate: synthesis.pooled,
              ci95: pooled,
              tone: toneOf(pooled, synthesis.direction),
              shape: 'pooled' as const,
            },
          ]
        : []),
      ...(prediction
        ? [
            {
              label: t.t('synthesis.prediction'),
              estimate: null,
              ci95: prediction,
              tone: 'unclear' as const,
              shape: 'prediction' as const,
            },
          ]
        : []),
    ],
    [synthesis, shrunken, t],
  );
  const option = useMemo(() => forestPlotOption(rows, (value) => t.number(value, 1)), [rows, t]);
  const excluded = t.t('synthesis.excluded', {
    suppressed: synthesis.excluded.suppressed,
    notQualifying: synthesis.excluded.notQualifying,
    k: session.suppressionMinCell,
  });
  if (synthesis.rows.length < 2) {
    return (
      <>
        <p>{t.t('synthesis.tooFew')}</p>
        <p className="hint">{excluded}</p>
      </>
    );
  }
  return (
    <figure className="panel">
      <Chart label={label} option={option} height={70 + rows.length * 34} />
      <figcaption className="hint">{label}</figcaption>
      <DataTable
        caption={t.t('common.numbersBehind', { chart: label })}
        header={[
          t.t('column.project'),
          t.t('column.effect'),
          t.t('column.approxInterval'),
          t.t('column.shrunken'),
          t.t('column.rank'),
        ]}
        keys={[...synthesis.rows.map((row) => row.projectId), 'pooled']}
        rows={[
          ...synthesis.rows.map((row) => [
            names.get(row.projectId) ?? row.projectId,
            t.number(row.effect),
            t.interval(approximateInterval(row.effect, row.variance)),
            t.number(row.shrunken),
            row.rank,
          ]),
          [t.t('synthesis.pooled'), t.number(synthesis.pooled), t.interval(synthesis.ci95), '—', '—'],
        ]}
      />
      <p>
        {t.t('synthesis.heterogeneity', {
          tau2: t.number(synthesis.tau2, 3),
          i2: t.percent(synthesis.i2),
          q: t.number(synthesis.q, 1),
          p: t.p(synthesis.p),
        })}{' '}
        {t.t('synthesis.prediction')}: {t.interval(synthesis.predictionInterval)}.
      </p>
      <p className="hint">{excluded}</p>
      <ComputedAt position={synthesis.position} asOf={synthesis.asOf} />
      <CsvDownload
        fileName={`synthesis-${synthesis.instrument}-${synthesis.scale}-${synthesis.design}.csv`}
        header={['projectId', 'name', 'effect', 'variance', 'shrunken', 'rank', 'position']}
        rows={[
          ...synthesis.rows.map((row) => [
            row.projectId,
            names.get(row.projectId) ?? '',
            row.effect,
            row.variance,
            row.shrunken,
            row.rank,
            synthesis.position,
          ]),
          [
            'pooled',
            '',
            synthesis.pooled,
            synthesis.se === null ? null : synthesis.se ** 2,
            null,
            null,
            synthesis.position,
          ],
        ]}
      />
    </figure>
  );
}
