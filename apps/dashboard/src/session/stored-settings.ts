import type { Language } from '../i18n/translator';

const TOKEN_KEY = 'outcome-ledger.token';
const LANGUAGE_KEY = 'outcome-ledger.language';

/** The token lives in this tab's sessionStorage only: closing the tab or signing out forgets it. */
export const storedToken = {
  read: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  keep: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  forget: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** The chosen language is remembered across visits; the browser's language is the first guess. */
export const storedLanguage = {
  read(): Language {
    const chosen = localStorage.getItem(LANGUAGE_KEY);
    if (chosen === 'nl' || chosen === 'fr' || chosen === 'en') return chosen;
    const preferred = navigator.language.slice(0, 2);
    return preferred === 'nl' || preferred === 'fr' ? preferred : 'en';
  },
  keep: (language: Language) => localStorage.setItem(LANGUAGE_KEY, language),
};
