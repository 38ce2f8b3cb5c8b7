import { type ReactNode, useId } from 'react';
import { useDashboard } from '../session/dashboard-context';
import type { Write } from './use-write';

interface FieldProps {
  readonly label: string;
  /** The api's message about this field, shown beside it. */
  readonly problem?: string;
  readonly hint?: string;
}

function Problem({ id, problem }: { id: string; problem?: string }) {
  if (!problem) return null;
  return (
    <span id={id} className="field-problem" role="alert">
      {problem}
    </span>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function TextField({
  label,
  problem,
  hint,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'tel' | 'number';
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <input
        id={`${id}-input`}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, problem && `${id}-problem`)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Problem id={`${id}-problem`} problem={problem} />
    </div>
  );
}

export function SelectField({
  label,
  problem,
  hint,
  value,
  onChange,
  options,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-select`}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <select
        id={`${id}-select`}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, problem && `${id}-problem`)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Problem id={`${id}-problem`} problem={problem} />
    </div>
  );
}

/** Several choices of which any may be ticked (risk factors). */
export function CheckboxGroup({
  label,
  problem,
  values,
  onChange,
  options,
}: FieldProps & {
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((chosen) => chosen !== value));
  return (
    <fieldset className="field choices" aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            checked={values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      <Problem id={`${id}-problem`} problem={problem} />
    </fieldset>
  );
}

/** One question answered by one choice: a fieldset named by its legend around a radio group of the same name. */
export function RadioGroup({
  label,
  problem,
  value,
  onChange,
  options,
  name,
}: FieldProps & {
  value: string | null;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  name: string;
}) {
  const id = useId();
  return (
    <fieldset className="field choices item" aria-invalid={problem ? true : undefined}>
      <legend id={`${id}-legend`}>{label}</legend>
      <div role="radiogroup" aria-labelledby={`${id}-legend`} aria-describedby={problem ? `${id}-problem` : undefined}>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <Problem id={`${id}-problem`} problem={problem} />
    </fieldset>
  );
}

/** A form's panel: its heading, its fields, the refusal for the form as a whole, Save (or another label) and Cancel. */
export function FormPanel({
  title,
  children,
  write,
  general,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  write: Pick<Write<unknown>, 'busy' | 'refusal'>;
  /** A message for the whole form beside the api's own (a confirmation not given). */
  general?: string | null;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const { t } = useDashboard();
  const problem = write.refusal.general ?? general ?? null;
  return (
    <form
      className="panel write-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!write.busy) onSubmit();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={write.busy} aria-busy={write.busy}>
          {submitLabel ?? t.t('form.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t.t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
