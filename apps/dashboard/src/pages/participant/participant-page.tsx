import { useState } from 'react';
import type { AnswerOf } from '../../api/client';
import { Loaded } from '../../components/loaded';
import { hrefOf } from '../../routing/route';
import { asOfQuery, useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';
import { CorrectMeasurementForm, type MeasurementOnFile, RetractMeasurementForm } from './measurement-forms';
import { type Recorded, RecordQuestionnaireForm } from './record-questionnaire-form';
import { QuestionnaireLinks } from './questionnaire-links';
import { ScoresList } from './scores-list';
import { EraseParticipantForm, LogContactForm, RecordExitForm, WithdrawConsentForm } from './simple-forms';
import { TrajectoryView } from './trajectory-view';

type ParticipantRecord = AnswerOf<'/api/participants/{participantId}'>;
type OpenForm =
  | { readonly form: 'questionnaire' | 'contact' | 'exit' | 'consent' | 'erase' }
  | { readonly form: 'correct' | 'retract'; readonly measurement: MeasurementOnFile };

/** One participant, for their own organisation: what is on file, the writes to record, and the trajectory. */
export function ParticipantPage({ projectId, participantId }: { projectId: string; participantId: string }) {
  const { api, t, asOf } = useDashboard();
  // After a write, the views are read once they include its position.
  const [consistentWith, setConsistentWith] = useState<string | undefined>(undefined);
  const [erased, setErased] = useState(false);
  const loaded = useLoad(
    () =>
      Promise.all([
        api.get('/api/projects/{projectId}/participants/{participantId}/trajectory', {
          path: { projectId, participantId },
          query: { ...asOfQuery(asOf), ...(consistentWith && !asOf ? { consistentWith } : {}) },
        }),
        api.get('/api/participants/{participantId}', { path: { participantId } }),
        api.get('/api/projects/{projectId}', { path: { projectId } }),
      ]),
    [api, projectId, participantId, asOf, consistentWith],
  );
  const written = ({ position }: Recorded) => setConsistentWith(position || undefined);
  if (erased) {
    return (
      <>
        <p role="status">{t.t('erase.done')}</p>
        <p>
          <a href={hrefOf({ page: 'project', projectId })}>{t.t('common.back')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <a href={hrefOf({ page: 'project', projectId })}>{t.t('common.back')}</a>
      </p>
      <Loaded load={loaded}>
        {([trajectory, record, project]) => {
          const reference = record.reference ?? record.id;
          return (
            <>
              <h1>{t.t('participant.title', { reference })}</h1>
              <ParticipantWrites
                record={record}
                projectInstruments={project.instruments}
                onWritten={written}
                onErased={() => setErased(true)}
              />
              <MeasurementsOnFile record={record} onWritten={written} />
              <QuestionnaireLinks participantId={record.id} instruments={project.instruments} />
              <TrajectoryView trajectory={trajectory} reference={reference} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}

function ParticipantWrites({
  record,
  projectInstruments,
  onWritten,
  onErased,
}: {
  record: ParticipantRecord;
  projectInstruments: readonly string[];
  onWritten: (recorded: Recorded) => void;
  onErased: () => void;
}) {
  const { t } = useDashboard();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const close = () => setOpen(null);
  const status = t.t('record.status', {
    givenOn: t.date(record.consent.givenOn),
    withdrawn: record.consent.withdrawnOn ? t.t('record.withdrawn', { on: t.date(record.consent.withdrawnOn) }) : '',
    exit: record.exit
      ? t.t('record.exited', { on: t.date(record.exit.on), reason: t.label('exitReason', record.exit.reason) })
      : '',
  });
  const props = { participantId: record.id, onWritten, onClose: close };
  const buttons = [
    ['questionnaire', 'measure.open'],
    ['contact', 'contact.open'],
    ['exit', 'exit.open'],
    ['consent', 'consent.open'],
    ['erase', 'erase.open'],
  ] as const;
  return (
    <section aria-labelledby="writes-heading">
      <p>{status}</p>
      <h2 id="writes-heading">{t.t('participant.actions')}</h2>
      <div className="action-buttons">
        {buttons.map(([form, label]) => (
          <button
            key={form}
            type="button"
            className={form === 'erase' ? 'danger' : undefined}
            aria-expanded={open?.form === form}
            onClick={() => setOpen({ form })}
          >
            {t.t(label)}
          </button>
        ))}
      </div>
      {open?.form === 'questionnaire' && <RecordQuestionnaireForm {...props} projectInstruments={projectInstruments} />}
      {open?.form === 'contact' && <LogContactForm {...props} />}
      {open?.form === 'exit' && <RecordExitForm {...props} />}
      {open?.form === 'consent' && <WithdrawConsentForm {...props} />}
      {open?.form === 'erase' && <EraseParticipantForm participantId={record.id} onErased={onErased} onClose={close} />}
    </section>
  );
}

function MeasurementsOnFile({
  record,
  onWritten,
}: {
  record: ParticipantRecord;
  onWritten: (recorded: Recorded) => void;
}) {
  const { t } = useDashboard();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const close = () => setOpen(null);
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{t.t('record.title')}</h2>
      {record.measurements.length === 0 && <p>{t.t('record.none')}</p>}
      <ul className="measurements">
        {record.measurements.map((measurement) => (
          <li key={measurement.id} className="panel">
            <p>
              <strong>
                {measurement.instrument} · {t.t('trajectory.wave')} {measurement.wave} · {t.date(measurement.takenOn)}
              </strong>
              {measurement.corrected && ` (${t.t('record.corrected')})`}
            </p>
            <ScoresList instrumentId={measurement.instrument} scores={measurement.scores} />
            <div className="action-buttons">
              <button type="button" className="secondary" onClick={() => setOpen({ form: 'correct', measurement })}>
                {t.t('correct.open')}
              </button>
              <button type="button" className="secondary" onClick={() => setOpen({ form: 'retract', measurement })}>
                {t.t('retract.open')}
              </button>
            </div>
            {open?.form === 'correct' && open.measurement.id === measurement.id && (
              <CorrectMeasurementForm measurement={measurement} onWritten={onWritten} onClose={close} />
            )}
            {open?.form === 'retract' && open.measurement.id === measurement.id && (
              <RetractMeasurementForm measurement={measurement} onWritten={onWritten} onClose={close} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
