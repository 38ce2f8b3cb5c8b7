import { useState } from 'react';
import type { InstrumentId } from '../../api/types';
import { FormPanel, SelectField, TextField } from '../../forms/fields';
import { useWrite } from '../../forms/use-write';
import { useDashboard } from '../../session/dashboard-context';
import { type HeldAnswer, QuestionnaireItems, responsesOf } from './questionnaire-items';
import { ScoresList } from './scores-list';

export interface Recorded {
  readonly position: string;
}

/** Records a questionnaire: instrument, wave and date, then one radio group per item; shows the scores once saved. */
export function RecordQuestionnaireForm({
  participantId,
  projectInstruments,
  onWritten,
  onClose,
}: {
  participantId: string;
  projectInstruments: readonly string[];
  onWritten: (recorded: Recorded) => void;
  onClose: () => void;
}) {
  const { api, t, instruments } = useDashboard();
  const write = useWrite<{ id: string; scores: Record<string, number | null>; position: string }>();
  const [instrumentId, setInstrumentId] = useState(projectInstruments[0] ?? '');
  const [wave, setWave] = useState('0');
  const [takenOn, setTakenOn] = useState(new Date().toISOString().slice(0, 10));
  const [held, setHeld] = useState<HeldAnswer[]>([]);
  const [saved, setSaved] = useState<{ instrumentId: string; scores: Record<string, number | null> } | null>(null);
  const instrument = instruments.find((candidate) => candidate.id === instrumentId);
  const problem = (path: string) => write.refusal.fields[path];

  const save = async () => {
    if (!instrument) return;
    const recorded = await write.submit((idempotencyKey) =>
      api.post('/api/participants/{participantId}/measurements', {
        path: { participantId },
        body: {
          instrument: instrument.id as InstrumentId,
          wave: Number(wave),
          takenOn,
          responses: responsesOf(instrument, held),
        },
        idempotencyKey,
      }),
    );
    if (recorded) {
      setSaved({ instrumentId: instrument.id, scores: recorded.scores });
      setHeld([]);
      onWritten({ position: recorded.position });
    }
  };

  if (saved) {
    return (
      <section className="panel" aria-labelledby="saved-scores">
        <h3 id="saved-scores">{t.t('measure.saved')}</h3>
        <ScoresList instrumentId={saved.instrumentId} scores={saved.scores} />
        <button type="button" className="secondary" onClick={onClose}>
          {t.t('form.cancel')}
        </button>
      </section>
    );
  }

  return (
    <FormPanel
      title={t.t('measure.title')}
      write={write}
      general={problem('responses') ?? null}
      onSubmit={save}
      onCancel={onClose}
    >
      <SelectField
        label={t.t('measure.instrument')}
        value={instrumentId}
        onChange={(chosen) => {
          setInstrumentId(chosen);
          setHeld([]);
        }}
        options={projectInstruments.map((id) => ({
          value: id,
          label: instruments.find((candidate) => candidate.id === id)?.name ?? id,
        }))}
        problem={problem('instrument')}
      />
      <TextField
        label={t.t('measure.wave')}
        hint={t.t('measure.waveHint')}
        type="number"
        inputMode="numeric"
        value={wave}
        onChange={setWave}
        problem={problem('wave')}
      />
      <TextField
        label={t.t('measure.takenOn')}
        type="date"
        value={takenOn}
        onChange={setTakenOn}
        problem={problem('takenOn')}
      />
      {instrument && (
        <QuestionnaireItems instrument={instrument} held={held} onChange={setHeld} problems={write.refusal.fields} />
      )}
    </FormPanel>
  );
}
