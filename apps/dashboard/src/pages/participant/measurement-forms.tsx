import { useState } from 'react';
import type { AnswerOf } from '../../api/client';
import { FormPanel } from '../../forms/fields';
import { useWrite } from '../../forms/use-write';
import { useDashboard } from '../../session/dashboard-context';
import { type HeldAnswer, QuestionnaireItems, responsesOf } from './questionnaire-items';
import type { Recorded } from './record-questionnaire-form';

export type MeasurementOnFile = AnswerOf<'/api/participants/{participantId}'>['measurements'][number];

interface MeasurementFormProps {
  readonly measurement: MeasurementOnFile;
  readonly onWritten: (recorded: Recorded) => void;
  readonly onClose: () => void;
}

/** Corrects a measurement's answers: the items as recorded, changed where they were wrong. */
export function CorrectMeasurementForm({ measurement, onWritten, onClose }: MeasurementFormProps) {
  const { api, t, instruments } = useDashboard();
  const write = useWrite<{ position: string }>();
  const instrument = instruments.find((candidate) => candidate.id === measurement.instrument);
  const [held, setHeld] = useState<HeldAnswer[]>(() =>
    measurement.responses.map((response) => (response === null ? '' : String(response))),
  );
  if (!instrument) return null;
  const save = async () => {
    const corrected = await write.submit((idempotencyKey) =>
      api.post('/api/measurements/{measurementId}/correction', {
        path: { measurementId: measurement.id },
        body: { responses: responsesOf(instrument, held) },
        idempotencyKey,
      }),
    );
    if (corrected) {
      onWritten(corrected);
      onClose();
    }
  };
  return (
    <FormPanel
      title={t.t('correct.title', {
        instrument: measurement.instrument,
        wave: measurement.wave,
        takenOn: t.date(measurement.takenOn),
      })}
      write={write}
      onSubmit={save}
      onCancel={onClose}
    >
      <QuestionnaireItems instrument={instrument} held={held} onChange={setHeld} problems={write.refusal.fields} />
    </FormPanel>
  );
}

/** Retracts a measurement after saying what that does. */
export function RetractMeasurementForm({ measurement, onWritten, onClose }: MeasurementFormProps) {
  const { api, t } = useDashboard();
  const write = useWrite<{ position?: string }>();
  const retract = async () => {
    const retracted = await write.submit((idempotencyKey) =>
      api.delete('/api/measurements/{measurementId}', { path: { measurementId: measurement.id }, idempotencyKey }),
    );
    if (retracted) {
      onWritten({ position: retracted.position ?? '' });
      onClose();
    }
  };
  return (
    <FormPanel
      title={t.t('retract.title', {
        instrument: measurement.instrument,
        wave: measurement.wave,
        takenOn: t.date(measurement.takenOn),
      })}
      write={write}
      submitLabel={t.t('retract.submit')}
      onSubmit={retract}
      onCancel={onClose}
    >
      <p>{t.t('retract.explain')}</p>
    </FormPanel>
  );
}
