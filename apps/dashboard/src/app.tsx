import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient, ApiError } from './api/client';
import type { InstrumentSummary, Session } from './api/types';
import { AsOfPicker } from './components/as-of-picker';
import { LanguagePicker } from './components/language-picker';
import { type Language, translatorFor } from './i18n/translator';
import { HomePage } from './pages/home-page';
import { ParticipantPage } from './pages/participant/participant-page';
import { ProjectPage } from './pages/project-page';
import { SignInPage } from './pages/sign-in-page';
import { useRoute } from './routing/route';
import { type Dashboard, DashboardProvider } from './session/dashboard-context';
import { storedLanguage, storedToken } from './session/stored-settings';

interface SignedIn {
  readonly api: ApiClient;
  readonly session: Session;
  readonly instruments: readonly InstrumentSummary[];
}

async function signIn(token: string): Promise<SignedIn> {
  // The charts' code is fetched while the first answers are on their way, not after them.
  void import('./charts/echarts-setup');
  const api = new ApiClient(token);
  // One request first: an unknown token is refused once, not once per request.
  const session = await api.get('/api/session');
  const { instruments } = await api.get('/api/instruments');
  return { api, session, instruments };
}

export function App() {
  const [language, setLanguage] = useState<Language>(storedLanguage.read);
  const [signedIn, setSignedIn] = useState<SignedIn | null>(null);
  const [restoring, setRestoring] = useState(() => storedToken.read() !== null);
  const [asOf, setAsOf] = useState<string | null>(null);
  const route = useRoute();
  const t = useMemo(() => translatorFor(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.t('app.name');
  }, [language, t]);

  useEffect(() => {
    const token = storedToken.read();
    if (!token) return;
    signIn(token)
      .then(setSignedIn, () => storedToken.forget())
      .finally(() => setRestoring(false));
  }, []);

  const chooseLanguage = useCallback((chosen: Language) => {
    storedLanguage.keep(chosen);
    setLanguage(chosen);
  }, []);

  const trySignIn = useCallback(
    async (token: string): Promise<string | null> => {
      try {
        const session = await signIn(token);
        storedToken.keep(token);
        setSignedIn(session);
        location.hash = '#/';
        return null;
      } catch (error) {
        return error instanceof ApiError && error.status === 401 ? t.t('signIn.refused') : (error as Error).message;
      }
    },
    [t],
  );

  const signOut = () => {
    storedToken.forget();
    setSignedIn(null);
    setAsOf(null);
    location.hash = '#/';
  };

  const dashboard: Dashboard | null = useMemo(() => (signedIn ? { ...signedIn, t, asOf } : null), [signedIn, t, asOf]);

  if (restoring) return <p role="status">{t.t('common.loading')}</p>;
  if (!dashboard) return <SignInPage t={t} onLanguage={chooseLanguage} onSignIn={trySignIn} />;

  return (
    <DashboardProvider value={dashboard}>
      <a className="skip-link" href="#content">
        {t.t('app.skipToContent')}
      </a>
      <header className="top-bar">
        <a className="brand" href="#/">
          {t.t('app.name')}
        </a>
        <p className="who">
          {t.t('session.signedInAs', { role: t.t(`role.${dashboard.session.role}` as 'role.admin') })}
        </p>
        <LanguagePicker t={t} onChange={chooseLanguage} />
        <button type="button" className="secondary" onClick={signOut}>
          {t.t('session.signOut')}
        </button>
      </header>
      {dashboard.session.role !== 'admin' && <AsOfPicker t={t} asOf={asOf} onChange={setAsOf} />}
      {asOf && (
        <p className="as-of-banner" role="status">
          {t.t('asOf.showing', { asOf: t.instant(asOf) })}
        </p>
      )}
      <main id="content" tabIndex={-1}>
        {route.page === 'home' && <HomePage />}
        {route.page === 'project' && <ProjectPage projectId={route.projectId} />}
        {route.page === 'participant' && (
          <ParticipantPage projectId={route.projectId} participantId={route.participantId} />
        )}
      </main>
    </DashboardProvider>
  );
}
