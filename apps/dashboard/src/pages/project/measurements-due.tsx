import { useState } from 'react';
import { CsvDownload } from '../../components/csv-download';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { hrefOf } from '../../routing/route';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';
import { CreateLinkForm } from '../participant/questionnaire-links';

/** The coordinator's list for this week: who is due for which questionnaire, oldest first. */
export function MeasurementsDue({ projectId, instruments }: { projectId: string; instruments: readonly string[] }) {
  const { api, t, asOf } = useDashboard();
  const [linkFor, setLinkFor] = useState<{ participantId: string; instrument: string; wave: number } | null>(null);
  const answer = useLoad(
    () => api.get('/api/projects/{projectId}/measurements-due', { path: { projectId }, query: asOfQuery(asOf) }),
    [api, projectId, asOf],
  );
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">{t.t('due.title')}</h2>
      <p>{t.t('due.intro')}</p>
      <Loaded load={answer}>
        {(due) =>
          due.rows.length === 0 ? (
            <p>{t.t('due.none')}</p>
          ) : (
            <>
              <DataTable
                caption={t.t('due.title')}
                header={[
                  t.t('due.reference'),
                  t.t('due.instrument'),
                  t.t('due.lastWave'),
                  t.t('due.lastTakenOn'),
                  t.t('due.dueWave'),
                  t.t('due.dueSince'),
                  t.t('due.action'),
                ]}
                keys={due.rows.map((row) => `${row.participantId}-${row.instrument}`)}
                rows={due.rows.map((row) => [
                  <a key="link" href={hrefOf({ page: 'participant', projectId, participantId: row.participantId })}>
                    {row.reference ?? row.participantId}
                  </a>,
                  row.instrument,
                  row.lastWave ?? '—',
                  row.lastTakenOn ? t.date(row.lastTakenOn) : '—',
                  row.dueWave,
                  t.date(row.dueSince),
                  <button
                    key="link"
                    type="button"
                    className="secondary"
                    aria-label={t.t('due.createLink', { reference: row.reference ?? row.participantId })}
                    onClick={() =>
                      setLinkFor({ participantId: row.participantId, instrument: row.instrument, wave: row.dueWave })
                    }
                  >
                    {t.t('links.create')}
                  </button>,
                ])}
              />
              {linkFor && (
                <CreateLinkForm
                  key={`${linkFor.participantId}-${linkFor.instrument}`}
                  participantId={linkFor.participantId}
                  instruments={instruments}
                  initial={linkFor}
                  onClose={() => setLinkFor(null)}
                />
              )}
              <CsvDownload
                fileName="measurements-due.csv"
                header={['participantId', 'reference', 'instrument', 'lastWave', 'lastTakenOn', 'dueWave', 'dueSince']}
                rows={due.rows.map((row) => [
                  row.participantId,
                  row.reference,
                  row.instrument,
                  row.lastWave,
                  row.lastTakenOn,
                  row.dueWave,
                  row.dueSince,
                ])}
              />
            </>
          )
        }
      </Loaded>
    </section>
  );
}
