import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';
import { nl } from './nl';

export type Language = 'en' | 'nl' | 'fr';
export const LANGUAGES: readonly { code: Language; name: string }[] = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'fr', name: 'Français' },
  { code: 'en', name: 'English' },
];

const MESSAGES: Record<Language, Messages> = { en, nl, fr };
const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL', fr: 'fr-FR' };

export type Values = Readonly<Record<string, string | number>>;

/** Texts and numbers in one language: `t` for labels, `number`, `percent` and the rest for figures. */
export interface Translator {
  readonly language: Language;
  t(key: MessageKey, values?: Values): string;
  /** A label of a code from the api (a verdict, a warning…), or the code itself when none is known. */
  label(prefix: string, code: string): string;
  number(value: number | null | undefined, digits?: number): string;
  percent(value: number | null | undefined): string;
  interval(bounds: readonly number[] | null | undefined, digits?: number): string;
  p(value: number | null | undefined): string;
  date(value: string): string;
  instant(value: string): string;
}

const MISSING = '—';

export function translatorFor(language: Language): Translator {
  const messages = MESSAGES[language];
  const locale = LOCALES[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instantFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const t = (key: MessageKey, values: Values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const number = (value: number | null | undefined, digits = 2) =>
    value === null || value === undefined || !Number.isFinite(value) ? MISSING : numberFormat(digits).format(value);
  // With a decimal comma, a semicolon keeps the two bounds apart.
  const separator = numberFormat(1).format(1.5).includes(',') ? '; ' : ', ';
  return {
    language,
    t,
    label(prefix, code) {
      const key = `${prefix}.${code}` as MessageKey;
      return key in messages ? messages[key] : code;
    },
    number,
    percent: (value) => (value === null || value === undefined ? MISSING : percentFormat.format(value)),
    interval: (bounds, digits = 2) =>
      bounds && bounds.length === 2
        ? `[${number(bounds[0], digits)}${separator}${number(bounds[1], digits)}]`
        : MISSING,
    p: (value) =>
      value === null || value === undefined ? MISSING : value < 0.001 ? `< ${number(0.001, 3)}` : number(value, 3),
    date: (value) => dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)),
    instant: (value) => instantFormat.format(new Date(value)),
  };
}
