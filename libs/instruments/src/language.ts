/** A language the questionnaires are shown in. */
export type Language = 'nl' | 'fr' | 'en';

/** The languages every instrument text is given in. */
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/** One text in every language. */
export type LocalisedText = Readonly<Record<Language, string>>;

/**
 * Where the wording of an instrument's items and answer labels in one language comes from:
 * a published version (the original or a published translation), or our own unofficial
 * translation, which should be replaced once a published one is confirmed.
 */
export interface TranslationSource {
  readonly translation: 'published' | 'unofficial';
  readonly source: string;
}
