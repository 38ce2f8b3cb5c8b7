import { useState } from 'react';
import type { BodyOf } from '../api/client';
import { DataTable } from '../components/data-table';
import { FormPanel, SelectField, TextField } from '../forms/fields';
import { useWrite } from '../forms/use-write';
import { useDashboard } from '../session/dashboard-context';
import { useLoad } from '../session/use-load';

type TokenRequest = BodyOf<'/api/tokens'>;

/** The administrator's page: organisations registered, tokens issued, listed and revoked. */
export function AdminPage() {
  const { api, t } = useDashboard();
  const [version, setVersion] = useState(0);
  const revoke = useWrite<unknown>();
  const tokens = useLoad(() => api.get('/api/tokens'), [api, version]);
  const reachOf = (token: { role: string; organisationId: string | null; projectIds: string[] | null }) =>
    token.organisationId
      ? t.t('admin.organisation', { id: token.organisationId })
      : token.projectIds
        ? t.t('admin.projects', { count: token.projectIds.length })
        : t.t('admin.everything');
  return (
    <>
      <h1>{t.t('admin.title')}</h1>
      <p>{t.t('admin.notice')}</p>
      <RegisterOrganisationForm />
      <IssueTokenForm onIssued={() => setVersion(version + 1)} />
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t.t('admin.tokens')}</h2>
        <p>{t.t('admin.tokensIntro')}</p>
        {revoke.refusal.general && (
          <p className="error" role="alert">
            {revoke.refusal.general}
          </p>
        )}
        {tokens.state === 'ready' && (
          <DataTable
            caption={t.t('admin.tokens')}
            header={[
              t.t('admin.label'),
              t.t('admin.role'),
              t.t('admin.reach'),
              t.t('admin.created'),
              t.t('admin.revoked'),
              t.t('due.action'),
            ]}
            keys={tokens.value.tokens.map((token) => token.id)}
            rows={tokens.value.tokens.map((token) => [
              token.label ?? token.id,
              t.t(`role.${token.role}`),
              reachOf(token),
              t.instant(token.createdAt),
              token.revokedAt ? t.instant(token.revokedAt) : '—',
              token.revokedAt ? (
                '—'
              ) : (
                <button
                  key="revoke"
                  type="button"
                  className="secondary"
                  aria-label={t.t('admin.revokeToken', { label: token.label ?? token.id })}
                  onClick={async () => {
                    const revoked = await revoke.submit((idempotencyKey) =>
                      api.delete('/api/tokens/{tokenId}', { path: { tokenId: token.id }, idempotencyKey }),
                    );
                    if (revoked) setVersion(version + 1);
                  }}
                >
                  {t.t('admin.revoke')}
                </button>
              ),
            ])}
          />
        )}
      </section>
    </>
  );
}

function RegisterOrganisationForm() {
  const { api, t } = useDashboard();
  const write = useWrite<{ id: string; name: string }>();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [registered, setRegistered] = useState<{ id: string; name: string } | null>(null);
  if (!open) {
    return (
      <>
        {registered && <p role="status">{t.t('admin.registered', registered)}</p>}
        <button type="button" onClick={() => setOpen(true)}>
          {t.t('admin.registerOrganisation')}
        </button>
      </>
    );
  }
  return (
    <FormPanel
      title={t.t('admin.registerOrganisation')}
      write={write}
      onCancel={() => setOpen(false)}
      onSubmit={async () => {
        const organisation = await write.submit((idempotencyKey) =>
          api.post('/api/organisations', { body: { name }, idempotencyKey }),
        );
        if (organisation) {
          setRegistered(organisation);
          setName('');
          setOpen(false);
        }
      }}
    >
      <TextField
        label={t.t('admin.organisationName')}
        value={name}
        onChange={setName}
        problem={write.refusal.fields.name}
      />
    </FormPanel>
  );
}

function IssueTokenForm({ onIssued }: { onIssued: () => void }) {
  const { api, t } = useDashboard();
  const write = useWrite<{ id: string; token: string; role: string }>();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<TokenRequest['role']>('organisation');
  const [organisationId, setOrganisationId] = useState('');
  const [projectIds, setProjectIds] = useState('');
  const [label, setLabel] = useState('');
  const [issued, setIssued] = useState<{ token: string; role: string } | null>(null);
  if (!open) {
    return (
      <>
        {issued && (
          <div className="panel made-link" role="status">
            <p>{t.t('admin.issued', { role: t.t(`role.${issued.role}` as 'role.admin') })}</p>
            <code className="link-address">{issued.token}</code>
          </div>
        )}
        <button type="button" onClick={() => setOpen(true)}>
          {t.t('admin.issueToken')}
        </button>
      </>
    );
  }
  const body = (): TokenRequest =>
    role === 'organisation'
      ? { role, organisationId, ...(label ? { label } : {}) }
      : { role, projectIds: projectIds.split(/[\s,]+/).filter(Boolean), ...(label ? { label } : {}) };
  return (
    <FormPanel
      title={t.t('admin.issueToken')}
      write={write}
      onCancel={() => setOpen(false)}
      onSubmit={async () => {
        const answer = await write.submit((idempotencyKey) =>
          api.post('/api/tokens', { body: body(), idempotencyKey }),
        );
        if (answer) {
          setIssued(answer);
          setOpen(false);
          onIssued();
        }
      }}
    >
      <SelectField
        label={t.t('admin.role')}
        value={role}
        onChange={(chosen) => setRole(chosen as TokenRequest['role'])}
        options={(['organisation', 'funder', 'evaluator'] as const).map((value) => ({
          value,
          label: t.t(`role.${value}`),
        }))}
        problem={write.refusal.fields.role}
      />
      {role === 'organisation' ? (
        <TextField
          label={t.t('admin.organisationId')}
          value={organisationId}
          onChange={setOrganisationId}
          problem={write.refusal.fields.organisationId}
        />
      ) : (
        <TextField
          label={t.t('admin.projectIds')}
          hint={t.t('admin.projectIdsHint')}
          value={projectIds}
          onChange={setProjectIds}
          problem={Object.entries(write.refusal.fields).find(([path]) => path.startsWith('projectIds'))?.[1]}
        />
      )}
      <TextField
        label={t.t('form.optional', { label: t.t('admin.label') })}
        value={label}
        onChange={setLabel}
        problem={write.refusal.fields.label}
      />
    </FormPanel>
  );
}
