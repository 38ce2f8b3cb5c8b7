import { type FormEvent, useState } from 'react';
import type { Language, Translator } from '../i18n/translator';
import { LanguagePicker } from '../components/language-picker';

export interface SignInPageProps {
  readonly t: Translator;
  readonly onLanguage: (language: Language) => void;
  readonly onSignIn: (token: string) => Promise<string | null>;
}

/** The first page: a token in, the role's dashboard out. */
export function SignInPage({ t, onLanguage, onSignIn }: SignInPageProps) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(await onSignIn(token.trim()));
    setBusy(false);
  };
  return (
    <main id="content" className="sign-in">
      <h1>{t.t('app.name')}</h1>
      <p className="tagline">{t.t('app.tagline')}</p>
      <LanguagePicker t={t} onChange={onLanguage} />
      <form onSubmit={submit} noValidate>
        <h2>{t.t('signIn.title')}</h2>
        <p>{t.t('signIn.intro')}</p>
        <label className="field">
          <span>{t.t('signIn.token')}</span>
          <input
            type="password"
            autoComplete="off"
            required
            value={token}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'sign-in-problem' : undefined}
            onChange={(event) => setToken(event.target.value)}
          />
        </label>
        {problem && (
          <p id="sign-in-problem" className="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy || token.trim() === ''}>
          {t.t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
