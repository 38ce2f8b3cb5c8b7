import { LANGUAGES, type Language, type Translator } from '../i18n/translator';

/** The language of every label, verdict and number; remembered for the next visit. */
export function LanguagePicker({ t, onChange }: { t: Translator; onChange: (language: Language) => void }) {
  return (
    <label className="inline-field">
      <span>{t.t('session.language')}</span>
      <select value={t.language} onChange={(event) => onChange(event.target.value as Language)}>
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
