import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { hrefOf } from '../../routing/route';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';

/** The project's participants, for its own organisation only, each linking to their trajectory. */
export function ParticipantTable({ projectId }: { projectId: string }) {
  const { api, t, asOf } = useDashboard();
  const answer = useLoad(
    () => api.get('/api/projects/{projectId}/participants', { path: { projectId }, query: asOfQuery(asOf) }),
    [api, projectId, asOf],
  );
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t.t('participants.title')}</h2>
      <Loaded load={answer}>
        {({ participants }) => (
          <DataTable
            caption={t.t('participants.title')}
            header={[
              t.t('participants.reference'),
              t.t('participants.arm'),
              t.t('participants.ageBand'),
              t.t('participants.enrolledOn'),
              t.t('participants.exitedOn'),
              t.t('participants.measurements'),
              t.t('participants.contacts'),
            ]}
            keys={participants.map((participant) => participant.id)}
            rows={participants.map((participant) => [
              <a
                key="link"
                href={hrefOf({ page: 'participant', projectId, participantId: participant.id })}
                aria-label={t.t('participants.open', { reference: participant.reference ?? participant.id })}
              >
                {participant.reference ?? participant.id}
              </a>,
              t.label('arm', participant.arm),
              participant.ageBand,
              t.date(participant.enrolledOn),
              participant.exitedOn ? t.date(participant.exitedOn) : '—',
              participant.measurements,
              participant.contacts,
            ])}
          />
        )}
      </Loaded>
    </section>
  );
}
