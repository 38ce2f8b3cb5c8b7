import type { LocalisedText } from './language';

/** How a scale's item sum becomes its score; a scale without one scores the plain sum. */
export type ScoreConversion =
  | { readonly kind: 'times'; readonly factor: number }
  | { readonly kind: 'lookup'; readonly table: Readonly<Record<number, number>> };

/** Who may see a category: organisation-only signals are never shown to funders. */
export type Audience = 'everyone' | 'organisation-only';

/** A named band of scores, such as a cut-off for risk; `min` and `max` are inclusive. */
export interface ScoreCategory {
  readonly code: string;
  readonly label: LocalisedText;
  readonly min: number;
  readonly max: number;
  readonly audience: Audience;
}

/**
 * Where a reliability value comes from: `published` for a value from the literature,
 * `default` for one that could not be confirmed and that an operator may override per
 * deployment, `override` for the operator's value.
 */
export type ReliabilitySource = 'published' | 'default' | 'override';

/**
 * What reliable change needs of a scale: its reliability r, from which the SEM follows, or a
 * fixed SEM in the scale's own points.
 */
export type ScaleReliability<Source extends ReliabilitySource = ReliabilitySource> =
  | { readonly kind: 'reliability'; readonly r: number; readonly source: Source }
  | { readonly kind: 'sem'; readonly sem: number; readonly source: Source };

/** One score an instrument yields from its items. */
export interface Scale {
  readonly name: string;
  /** The scale's items, by their 1-based number in the instrument. */
  readonly itemNumbers: readonly number[];
  readonly range: { readonly min: number; readonly max: number };
  /**
   * How many of the scale's items may be missing with the scale still scored. The score is
   * then the sum of the answered items, never prorated.
   */
  readonly maxMissingItems: number;
  readonly conversion?: ScoreConversion;
  /** Null for a scale without reliable change, such as a single item. */
  readonly reliability: ScaleReliability<'published' | 'default'> | null;
  readonly categories?: readonly ScoreCategory[];
}
