import type { LocalisedText, Language, TranslationSource } from './language';
import type { Scale } from './scale';

/** An answer as recorded: the instrument's code for it, a string or a number. */
export type AnswerCode = string | number;

/** The answer to one item; null marks a missing item. */
export type ItemResponse = AnswerCode | null;

/** Whether a falling or a rising score is an improvement. */
export type Direction = 'lower-is-better' | 'higher-is-better';

/** What an instrument measures: the outcome domains a funder compares projects on. */
export type OutcomeDomain = 'loneliness' | 'social-isolation' | 'wellbeing' | 'health';

/** The outcome domains, in the order they are reported. */
export const OUTCOME_DOMAINS: readonly OutcomeDomain[] = ['loneliness', 'social-isolation', 'wellbeing', 'health'];

/** The publication that defines an instrument and its scoring. */
export interface Citation {
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  readonly source: string;
}

/** One answer an item accepts. */
export interface AnswerOption {
  readonly code: AnswerCode;
  readonly label: LocalisedText;
}

/** One question or statement of an instrument. */
export interface Item {
  readonly text: LocalisedText;
  /** The points each answer earns on this item, keyed by its code (a numeric code as its decimal string). */
  readonly points: Readonly<Record<string, number>>;
}

/**
 * A questionnaire as data: its items in order, the answers they accept, the scales scored from
 * them and where each text and rule comes from.
 */
export interface InstrumentDefinition<Id extends string = string> {
  readonly id: Id;
  readonly name: string;
  readonly citation: Citation;
  /** Conditions of use set by the owners, or null where none is known beyond citing the source. */
  readonly licence: string | null;
  readonly direction: Direction;
  readonly domain: OutcomeDomain;
  /** The provenance of the item texts and answer labels, per language. */
  readonly translations: Readonly<Record<Language, TranslationSource>>;
  readonly items: readonly Item[];
  /** The answers every item accepts, in the order they are offered. */
  readonly answers: readonly AnswerOption[];
  readonly scales: readonly Scale[];
  /** The scale reported when none is asked for. */
  readonly mainScale: string;
}

/** The instrument's scale of that name, or undefined. */
export function findScale(instrument: InstrumentDefinition, name: string): Scale | undefined {
  return instrument.scales.find((scale) => scale.name === name);
}

/** The instrument's scale of that name; asking for one it lacks is a programming error and throws. */
export function requireScale(instrument: InstrumentDefinition, name: string): Scale {
  const scale = findScale(instrument, name);
  if (scale === undefined) {
    const names = instrument.scales.map((known) => known.name).join(', ');
    throw new Error(`${instrument.id} has no scale "${name}" (its scales: ${names})`);
  }
  return scale;
}
