import { useState } from 'react';
import type { Translator } from '../i18n/translator';

/** `2026-12-08T09:30:15` in the browser's time zone, as a datetime-local field shows it. */
function localInputValue(instant: string): string {
  const date = new Date(instant);
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 19);
}

/** Picks the instant every view is read as of; "Now" goes back to the live figures. */
export function AsOfPicker({
  t,
  asOf,
  onChange,
}: {
  t: Translator;
  asOf: string | null;
  onChange: (asOf: string | null) => void;
}) {
  const [draft, setDraft] = useState(asOf ? localInputValue(asOf) : '');
  const apply = (value: string) => {
    setDraft(value);
    const instant = new Date(value);
    onChange(value && !Number.isNaN(instant.getTime()) ? instant.toISOString() : null);
  };
  return (
    <div className="as-of">
      <label className="inline-field">
        <span>{t.t('asOf.label')}</span>
        <input
          type="datetime-local"
          step={1}
          value={draft}
          aria-describedby="as-of-help"
          onChange={(event) => apply(event.target.value)}
        />
      </label>
      <button type="button" className="secondary" onClick={() => apply('')} disabled={!asOf}>
        {t.t('asOf.now')}
      </button>
      <p id="as-of-help" className="hint">
        {t.t('asOf.help')}
      </p>
    </div>
  );
}
