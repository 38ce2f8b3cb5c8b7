import type { ViewRequest } from '../view-read-points';

/** What an outcome query asks, besides where to read (docs/api.md "Reads"). */
export interface OutcomeRequest extends ViewRequest {
  readonly instrument?: string;
  readonly scale?: string;
  /** The follow-up wave compared with wave 0; without it each participant's latest scored wave above 0. */
  readonly wave?: number;
}
