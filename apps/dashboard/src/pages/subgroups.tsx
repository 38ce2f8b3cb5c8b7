import { useState } from 'react';
import type { GroupedOutcome, InstrumentId, ProjectSummary } from '../api/types';
import { ForestPanel } from '../components/forest-panel';
import { InstrumentSelect } from '../components/instrument-select';
import { Loaded } from '../components/loaded';
import { asOfQuery, useDashboard } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';
import { instrumentsMeasuredBy } from './impact-overview';

const BREAKDOWNS = ['ageBand', 'riskFactor', 'interventionType'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

/** One outcome over every visible project's participants, broken down by age band, risk factor or intervention type. */
export function Subgroups({ projects }: { projects: readonly ProjectSummary[] }) {
  const { api, t, asOf, instruments } = useDashboard();
  const measured = instrumentsMeasuredBy(instruments, projects);
  const [instrument, setInstrument] = useState(measured[0]?.id ?? '');
  const [groupBy, setGroupBy] = useState<Breakdown>('ageBand');
  const outcomes = useLoad(
    () => api.get('/api/outcomes', { query: { instrument: instrument as InstrumentId, groupBy, ...asOfQuery(asOf) } }),
    [api, instrument, groupBy, asOf],
  );
  if (!instrument) return null;
  const nameOf = (row: GroupedOutcome) =>
    groupBy === 'interventionType'
      ? t.label('interventionType', row.group)
      : groupBy === 'riskFactor'
        ? t.label('riskFactor', row.group)
        : row.group;
  return (
    <section aria-labelledby="subgroups-heading">
      <h2 id="subgroups-heading">{t.t('subgroups.title')}</h2>
      <p>{t.t('subgroups.intro')}</p>
      <div className="controls">
        <InstrumentSelect instruments={measured} value={instrument} onChange={setInstrument} />
        <label className="inline-field">
          <span>{t.t('subgroups.groupBy')}</span>
          <select value={groupBy} onChange={(event) => setGroupBy(event.target.value as Breakdown)}>
            {BREAKDOWNS.map((breakdown) => (
              <option key={breakdown} value={breakdown}>
                {t.t(`groupBy.${breakdown}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Loaded load={outcomes}>
        {(answer) => (
          <ForestPanel
            label={t.t('forest.labelBy', {
              instrument: answer.instrument,
              scale: answer.scale,
              groupBy: t.t(`groupBy.${groupBy}`),
            })}
            rows={answer.rows}
            nameOf={nameOf}
            firstColumn={t.t('column.group')}
            fileName={`outcomes-${answer.instrument}-${answer.scale}-by-${groupBy}.csv`}
            position={answer.position}
            asOf={answer.asOf}
          />
        )}
      </Loaded>
    </section>
  );
}
