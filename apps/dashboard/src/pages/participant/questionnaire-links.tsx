import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { BodyOf } from '../../api/client';
import { DataTable } from '../../components/data-table';
import { FormPanel, SelectField, TextField } from '../../forms/fields';
import { useWrite } from '../../forms/use-write';
import { useDashboard } from '../../session/dashboard-context';
import { useLoad } from '../../session/use-load';
import { stateOf } from './link-state';

type LinkRequest = BodyOf<'/api/participants/{participantId}/questionnaire-links'>;

/** The link just made: its address to copy and as a QR code to scan; the secret is shown this once. */
function MadeLink({ url }: { url: string }) {
  const { t } = useDashboard();
  const address = new URL(url, location.origin).href;
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    void QRCode.toDataURL(address, { margin: 1, width: 200 }).then(setQr);
  }, [address]);
  return (
    <div className="panel made-link">
      <p>{t.t('links.made')}</p>
      <p>
        <code className="link-address">{address}</code>
      </p>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(address).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t.t('links.copy')}
      </button>{' '}
      <span role="status">{copied ? t.t('links.copied') : ''}</span>
      {qr && <img src={qr} width={200} height={200} alt={t.t('links.qr')} />}
    </div>
  );
}

/** Makes a questionnaire link for one instrument and wave, in the participant's language. */
export function CreateLinkForm({
  participantId,
  instruments,
  initial,
  onMade,
  onClose,
}: {
  participantId: string;
  instruments: readonly string[];
  initial?: { instrument: string; wave: number };
  onMade?: () => void;
  onClose: () => void;
}) {
  const { api, t } = useDashboard();
  const write = useWrite<{ id: string; url: string; expiresAt: string }>();
  const [instrument, setInstrument] = useState(initial?.instrument ?? instruments[0] ?? '');
  const [wave, setWave] = useState(String(initial?.wave ?? 0));
  const [language, setLanguage] = useState<LinkRequest['language']>(t.language);
  const [expiresOn, setExpiresOn] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const problem = (path: string) => write.refusal.fields[path];
  if (made) {
    return (
      <>
        <MadeLink url={made} />
        <button type="button" className="secondary" onClick={onClose}>
          {t.t('form.cancel')}
        </button>
      </>
    );
  }
  const save = async () => {
    const link = await write.submit((idempotencyKey) =>
      api.post('/api/participants/{participantId}/questionnaire-links', {
        path: { participantId },
        body: {
          instrument: instrument as LinkRequest['instrument'],
          wave: Number(wave),
          language,
          ...(expiresOn ? { expiresOn } : {}),
        },
        idempotencyKey,
      }),
    );
    if (link) {
      setMade(link.url);
      onMade?.();
    }
  };
  return (
    <FormPanel title={t.t('links.createTitle')} write={write} onSubmit={save} onCancel={onClose}>
      <SelectField
        label={t.t('measure.instrument')}
        value={instrument}
        onChange={setInstrument}
        options={instruments.map((id) => ({ value: id, label: id }))}
        problem={problem('instrument')}
      />
      <TextField
        label={t.t('measure.wave')}
        type="number"
        inputMode="numeric"
        value={wave}
        onChange={setWave}
        problem={problem('wave')}
      />
      <SelectField
        label={t.t('links.language')}
        value={language}
        onChange={(chosen) => setLanguage(chosen as LinkRequest['language'])}
        options={[
          { value: 'nl', label: 'Nederlands' },
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
        problem={problem('language')}
      />
      <TextField
        label={t.t('form.optional', { label: t.t('links.expiresOn') })}
        hint={t.t('links.expiresHint')}
        type="date"
        value={expiresOn}
        onChange={setExpiresOn}
        problem={problem('expiresOn')}
      />
    </FormPanel>
  );
}

/** A participant's links: made here, listed with their state, revocable. */
export function QuestionnaireLinks({
  participantId,
  instruments,
}: {
  participantId: string;
  instruments: readonly string[];
}) {
  const { api, t } = useDashboard();
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const revoke = useWrite<unknown>();
  const links = useLoad(
    () => api.get('/api/participants/{participantId}/questionnaire-links', { path: { participantId } }),
    [api, participantId, version],
  );
  const now = new Date();
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{t.t('links.title')}</h2>
      <p>{t.t('links.intro')}</p>
      {creating ? (
        <CreateLinkForm
          participantId={participantId}
          instruments={instruments}
          onMade={() => setVersion(version + 1)}
          onClose={() => setCreating(false)}
        />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          {t.t('links.create')}
        </button>
      )}
      {revoke.refusal.general && (
        <p className="error" role="alert">
          {revoke.refusal.general}
        </p>
      )}
      {links.state === 'ready' &&
        (links.value.links.length === 0 ? (
          <p>{t.t('links.none')}</p>
        ) : (
          <DataTable
            caption={t.t('links.title')}
            header={[
              t.t('measure.instrument'),
              t.t('measure.wave'),
              t.t('links.language'),
              t.t('links.expiresAt'),
              t.t('links.state'),
              t.t('due.action'),
            ]}
            keys={links.value.links.map((link) => link.id)}
            rows={links.value.links.map((link) => {
              const state = stateOf(link, now);
              return [
                link.instrument,
                link.wave,
                link.language ?? '—',
                t.instant(link.expiresAt),
                t.t(`links.state.${state}` as 'links.state.open'),
                state === 'open' ? (
                  <button
                    key="revoke"
                    type="button"
                    className="secondary"
                    aria-label={t.t('links.revokeLink', { instrument: link.instrument, wave: link.wave })}
                    onClick={async () => {
                      const revoked = await revoke.submit((idempotencyKey) =>
                        api.delete('/api/questionnaire-links/{linkId}', { path: { linkId: link.id }, idempotencyKey }),
                      );
                      if (revoked) setVersion(version + 1);
                    }}
                  >
                    {t.t('links.revoke')}
                  </button>
                ) : (
                  '—'
                ),
              ];
            })}
          />
        ))}
    </section>
  );
}
