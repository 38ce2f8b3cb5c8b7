import { useState } from 'react';
import type { BodyOf } from '../../api/client';
import { AGE_BANDS, ARMS, GENDERS, RISK_FACTORS } from '../../api/vocabulary';
import { CheckboxGroup, FormPanel, SelectField, TextField } from '../../forms/fields';
import { useWrite } from '../../forms/use-write';
import { hrefOf } from '../../routing/route';
import { useDashboard } from '../../session/dashboard-context';

type Enrolment = BodyOf<'/api/projects/{projectId}/participants'>;

const today = () => new Date().toISOString().slice(0, 10);

/** Enrols a participant: the fields of the enrolment, personal details optional and kept encrypted. */
export function EnrolForm({
  projectId,
  hasComparisonGroup,
  onClose,
}: {
  projectId: string;
  hasComparisonGroup: boolean;
  onClose: () => void;
}) {
  const { api, t } = useDashboard();
  const write = useWrite<{ id: string; position: string }>();
  const [form, setForm] = useState({
    reference: '',
    arm: 'intervention' as Enrolment['arm'],
    enrolledOn: today(),
    ageBand: '60-79' as Enrolment['ageBand'],
    consentGivenOn: today(),
    gender: '',
    riskFactors: [] as string[],
    name: '',
    email: '',
    phone: '',
  });
  const set = (changes: Partial<typeof form>) => setForm({ ...form, ...changes });
  const problem = (path: string) => write.refusal.fields[path];
  const optional = (label: string) => t.t('form.optional', { label });

  const save = async () => {
    const personal = Object.fromEntries(
      Object.entries({ name: form.name, email: form.email, phone: form.phone }).filter(([, value]) => value.trim()),
    );
    const body: Enrolment = {
      ...(form.reference.trim() ? { reference: form.reference.trim() } : {}),
      arm: form.arm,
      enrolledOn: form.enrolledOn,
      ageBand: form.ageBand,
      consent: { givenOn: form.consentGivenOn },
      ...(form.gender ? { gender: form.gender as Enrolment['gender'] } : {}),
      ...(form.riskFactors.length > 0 ? { riskFactors: form.riskFactors as Enrolment['riskFactors'] } : {}),
      ...(Object.keys(personal).length > 0 ? { personal } : {}),
    };
    const enrolled = await write.submit((idempotencyKey) =>
      api.post('/api/projects/{projectId}/participants', { path: { projectId }, body, idempotencyKey }),
    );
    if (enrolled) location.hash = hrefOf({ page: 'participant', projectId, participantId: enrolled.id });
  };

  return (
    <FormPanel title={t.t('enrol.title')} write={write} onSubmit={save} onCancel={onClose}>
      <TextField
        label={t.t('enrol.reference')}
        hint={t.t('enrol.referenceHint')}
        value={form.reference}
        onChange={(reference) => set({ reference })}
        problem={problem('reference')}
      />
      <SelectField
        label={t.t('enrol.arm')}
        value={form.arm}
        onChange={(arm) => set({ arm: arm as Enrolment['arm'] })}
        options={(hasComparisonGroup ? ARMS : ARMS.slice(0, 1)).map((arm) => ({
          value: arm,
          label: t.label('arm', arm),
        }))}
        problem={problem('arm')}
      />
      <TextField
        label={t.t('enrol.enrolledOn')}
        type="date"
        value={form.enrolledOn}
        onChange={(enrolledOn) => set({ enrolledOn })}
        problem={problem('enrolledOn')}
      />
      <SelectField
        label={t.t('enrol.ageBand')}
        value={form.ageBand}
        onChange={(ageBand) => set({ ageBand: ageBand as Enrolment['ageBand'] })}
        options={AGE_BANDS.map((band) => ({ value: band, label: band }))}
        problem={problem('ageBand')}
      />
      <TextField
        label={t.t('enrol.consentGivenOn')}
        type="date"
        value={form.consentGivenOn}
        onChange={(consentGivenOn) => set({ consentGivenOn })}
        problem={problem('consent.givenOn') ?? problem('consent')}
      />
      <SelectField
        label={optional(t.t('enrol.gender'))}
        value={form.gender}
        onChange={(gender) => set({ gender })}
        options={[
          { value: '', label: t.t('enrol.noGender') },
          ...GENDERS.map((gender) => ({ value: gender, label: t.label('gender', gender) })),
        ]}
        problem={problem('gender')}
      />
      <CheckboxGroup
        label={optional(t.t('enrol.riskFactors'))}
        values={form.riskFactors}
        onChange={(riskFactors) => set({ riskFactors })}
        options={RISK_FACTORS.map((factor) => ({ value: factor, label: t.label('riskFactor', factor) }))}
        problem={problem('riskFactors')}
      />
      <fieldset className="field">
        <legend>{optional(t.t('enrol.personal'))}</legend>
        <p className="hint">{t.t('enrol.personalHint')}</p>
        <TextField
          label={t.t('enrol.name')}
          value={form.name}
          onChange={(name) => set({ name })}
          problem={problem('personal.name')}
          autoComplete="off"
        />
        <TextField
          label={t.t('enrol.email')}
          type="email"
          value={form.email}
          onChange={(email) => set({ email })}
          problem={problem('personal.email')}
        />
        <TextField
          label={t.t('enrol.phone')}
          type="tel"
          value={form.phone}
          onChange={(phone) => set({ phone })}
          problem={problem('personal.phone')}
        />
      </fieldset>
    </FormPanel>
  );
}
