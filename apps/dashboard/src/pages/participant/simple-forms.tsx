import { useState } from 'react';
import { CONTACT_KINDS, EXIT_REASONS } from '../../api/vocabulary';
import { FormPanel, SelectField, TextField } from '../../forms/fields';
import { useWrite } from '../../forms/use-write';
import { useDashboard } from '../../session/dashboard-context';
import type { Recorded } from './record-questionnaire-form';

const today = () => new Date().toISOString().slice(0, 10);

interface WriteFormProps {
  readonly participantId: string;
  readonly onWritten: (recorded: Recorded) => void;
  readonly onClose: () => void;
}

/** Logs a contact: the dose of the intervention, in minutes. */
export function LogContactForm({ participantId, onWritten, onClose }: WriteFormProps) {
  const { api, t } = useDashboard();
  const write = useWrite<{ position: string }>();
  const [on, setOn] = useState(today());
  const [minutes, setMinutes] = useState('30');
  const [kind, setKind] = useState<(typeof CONTACT_KINDS)[number]>('visit');
  const save = async () => {
    const logged = await write.submit((idempotencyKey) =>
      api.post('/api/participants/{participantId}/contacts', {
        path: { participantId },
        body: { on, minutes: Number(minutes), kind },
        idempotencyKey,
      }),
    );
    if (logged) {
      onWritten(logged);
      onClose();
    }
  };
  return (
    <FormPanel title={t.t('contact.title')} write={write} onSubmit={save} onCancel={onClose}>
      <TextField label={t.t('contact.on')} type="date" value={on} onChange={setOn} problem={write.refusal.fields.on} />
      <TextField
        label={t.t('contact.minutes')}
        type="number"
        inputMode="numeric"
        value={minutes}
        onChange={setMinutes}
        problem={write.refusal.fields.minutes}
      />
      <SelectField
        label={t.t('contact.kind')}
        value={kind}
        onChange={(chosen) => setKind(chosen as typeof kind)}
        options={CONTACT_KINDS.map((value) => ({ value, label: t.label('contactKind', value) }))}
        problem={write.refusal.fields.kind}
      />
    </FormPanel>
  );
}

/** Records that the participant left the project, and why. */
export function RecordExitForm({ participantId, onWritten, onClose }: WriteFormProps) {
  const { api, t } = useDashboard();
  const write = useWrite<{ position: string }>();
  const [on, setOn] = useState(today());
  const [reason, setReason] = useState<(typeof EXIT_REASONS)[number]>('completed');
  const save = async () => {
    const recorded = await write.submit((idempotencyKey) =>
      api.post('/api/participants/{participantId}/exit', {
        path: { participantId },
        body: { on, reason },
        idempotencyKey,
      }),
    );
    if (recorded) {
      onWritten(recorded);
      onClose();
    }
  };
  return (
    <FormPanel title={t.t('exit.title')} write={write} onSubmit={save} onCancel={onClose}>
      <TextField label={t.t('exit.on')} type="date" value={on} onChange={setOn} problem={write.refusal.fields.on} />
      <SelectField
        label={t.t('exit.reason')}
        value={reason}
        onChange={(chosen) => setReason(chosen as typeof reason)}
        options={EXIT_REASONS.map((value) => ({ value, label: t.label('exitReason', value) }))}
        problem={write.refusal.fields.reason}
      />
    </FormPanel>
  );
}

/** Records a withdrawal of consent: no new measurements from then on. */
export function WithdrawConsentForm({ participantId, onWritten, onClose }: WriteFormProps) {
  const { api, t } = useDashboard();
  const write = useWrite<{ position: string }>();
  const [on, setOn] = useState(today());
  const save = async () => {
    const recorded = await write.submit((idempotencyKey) =>
      api.post('/api/participants/{participantId}/consent-withdrawal', {
        path: { participantId },
        body: { on },
        idempotencyKey,
      }),
    );
    if (recorded) {
      onWritten(recorded);
      onClose();
    }
  };
  return (
    <FormPanel title={t.t('consent.title')} write={write} onSubmit={save} onCancel={onClose}>
      <p>{t.t('consent.explain')}</p>
      <TextField label={t.t('consent.on')} type="date" value={on} onChange={setOn} problem={write.refusal.fields.on} />
    </FormPanel>
  );
}

/** Erases the participant, after a confirmation that says what erasure means. */
export function EraseParticipantForm({
  participantId,
  onErased,
  onClose,
}: {
  participantId: string;
  onErased: () => void;
  onClose: () => void;
}) {
  const { api, t } = useDashboard();
  const write = useWrite<{ position?: string }>();
  const [confirmed, setConfirmed] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const erase = async () => {
    if (!confirmed) {
      setUnconfirmed(true);
      return;
    }
    const erased = await write.submit((idempotencyKey) =>
      api.delete('/api/participants/{participantId}', { path: { participantId }, idempotencyKey }),
    );
    if (erased) onErased();
  };
  return (
    <FormPanel
      title={t.t('erase.title')}
      write={write}
      general={unconfirmed && !confirmed ? t.t('erase.mustConfirm') : null}
      submitLabel={t.t('erase.submit')}
      onSubmit={erase}
      onCancel={onClose}
    >
      <p>{t.t('erase.explain')}</p>
      <label className="choice">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
        <span>{t.t('erase.confirm')}</span>
      </label>
    </FormPanel>
  );
}
