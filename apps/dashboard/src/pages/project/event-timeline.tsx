import { useState } from 'react';
import type { ExportedEvent } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';

const PAGE = 50;

function isErased(event: ExportedEvent): boolean {
  return typeof event.data === 'object' && event.data !== null && (event.data as { erased?: unknown }).erased === true;
}

/** The evaluator's view of the events behind every figure: type, position, instant, erased payloads marked. */
export function EventTimeline({ projectId }: { projectId: string }) {
  const { api, t, asOf } = useDashboard();
  const [shown, setShown] = useState(PAGE);
  const events = useLoad(
    () =>
      api.getLines<ExportedEvent>('/api/projects/{projectId}/events', { path: { projectId }, query: asOfQuery(asOf) }),
    [api, projectId, asOf],
  );
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.t('timeline.title')}</h2>
      <p>{t.t('timeline.intro')}</p>
      <Loaded load={events}>
        {(all) =>
          all.length === 0 ? (
            <p>{t.t('common.noEvents')}</p>
          ) : (
            <>
              <p role="status">{t.t('timeline.count', { shown: Math.min(shown, all.length), count: all.length })}</p>
              <DataTable
                caption={t.t('timeline.title')}
                header={[
                  t.t('timeline.position'),
                  t.t('timeline.type'),
                  t.t('timeline.recordedAt'),
                  t.t('timeline.stream'),
                  t.t('timeline.payload'),
                ]}
                keys={all.slice(0, shown).map((event) => event.position)}
                rows={all
                  .slice(0, shown)
                  .map((event) => [
                    event.position,
                    event.type,
                    t.instant(event.recordedAt),
                    <code key="stream">{event.stream}</code>,
                    isErased(event) ? <strong key="erased">{t.t('timeline.erased')}</strong> : t.t('timeline.kept'),
                  ])}
              />
              {shown < all.length && (
                <button type="button" className="secondary" onClick={() => setShown(shown + PAGE * 4)}>
                  {t.t('timeline.showMore')}
                </button>
              )}
            </>
          )
        }
      </Loaded>
    </section>
  );
}
