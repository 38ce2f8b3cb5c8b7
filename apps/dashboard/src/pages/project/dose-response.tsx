import { useMemo, useState } from 'react';
import type { DoseResponse as DoseResponseAnswer, InstrumentId } from '../../api/types';
import { Chart } from '../../charts/chart';
import { forestPlotOption, toneOf } from '../../charts/forest-plot';
import { CsvDownload } from '../../components/csv-download';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { ComputedAt } from '../../components/verdict';
import type { Translator } from '../../i18n/translator';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';

type Band = DoseResponseAnswer['bands'][number];

function bandName(band: Band, t: Translator): string {
  return band.toHours === null
    ? t.t('dose.bandFrom', { from: t.number(band.fromHours, 0) })
    : t.t('dose.bandRange', { from: t.number(band.fromHours, 0), to: t.number(band.toHours, 0) });
}

/** The intervention arm's change by hours of contact: does more contact go with more change? */
export function DoseResponse({ projectId, instruments }: { projectId: string; instruments: readonly string[] }) {
  const { api, t, asOf } = useDashboard();
  const [instrument, setInstrument] = useState(instruments[0]!);
  const answer = useLoad(
    () =>
      api.get('/api/projects/{projectId}/dose-response', {
        path: { projectId },
        query: { instrument: instrument as InstrumentId, ...asOfQuery(asOf) },
      }),
    [api, projectId, instrument, asOf],
  );
  return (
    <section aria-labelledby="dose-heading">
      <h2 id="dose-heading">{t.t('dose.title')}</h2>
      <p>{t.t('dose.intro')}</p>
      {instruments.length > 1 && (
        <label className="inline-field">
          <span>{t.t('subgroups.instrument')}</span>
          <select value={instrument} onChange={(event) => setInstrument(event.target.value)}>
            {instruments.map((candidate) => (
              <option key={candidate}>{candidate}</option>
            ))}
          </select>
        </label>
      )}
      <Loaded load={answer}>{(dose) => <DoseBands dose={dose} />}</Loaded>
    </section>
  );
}

function DoseBands({ dose }: { dose: DoseResponseAnswer }) {
  const { t, session } = useDashboard();
  const label = t.t('dose.label', { instrument: dose.instrument, scale: dose.scale });
  const option = useMemo(
    () =>
      forestPlotOption(
        dose.bands.map((band) => ({
          label: bandName(band, t),
          estimate: band.meanChange,
          ci95: band.ci95 && band.ci95.length === 2 ? [band.ci95[0]!, band.ci95[1]!] : null,
          tone: toneOf(band.ci95 && band.ci95.length === 2 ? [band.ci95[0]!, band.ci95[1]!] : null, dose.direction),
        })),
        (value) => t.number(value, 1),
      ),
    [dose, t],
  );
  const suppressed = (band: Band) => band.paired === null;
  return (
    <figure className="panel">
      <Chart label={label} option={option} height={60 + dose.bands.length * 40} />
      <figcaption className="hint">{label}</figcaption>
      <DataTable
        caption={t.t('common.numbersBehind', { chart: label })}
        header={[t.t('dose.band'), t.t('stat.paired'), t.t('stat.meanChange'), t.t('stat.ci95'), t.t('stat.p')]}
        rows={dose.bands.map((band) =>
          suppressed(band)
            ? [bandName(band, t), t.t('forest.suppressed', { k: session.suppressionMinCell }), '—', '—', '—']
            : [bandName(band, t), String(band.paired), t.number(band.meanChange), t.interval(band.ci95), t.p(band.p)],
        )}
      />
      <ComputedAt position={dose.position} asOf={dose.asOf} />
      <CsvDownload
        fileName={`dose-response-${dose.instrument}-${dose.scale}.csv`}
        header={['fromHours', 'toHours', 'paired', 'meanChange', 'ci95Low', 'ci95High', 'p', 'position']}
        rows={dose.bands.map((band) => [
          band.fromHours,
          band.toHours,
          band.paired,
          band.meanChange,
          band.ci95?.[0] ?? null,
          band.ci95?.[1] ?? null,
          band.p,
          dose.position,
        ])}
      />
    </figure>
  );
}
