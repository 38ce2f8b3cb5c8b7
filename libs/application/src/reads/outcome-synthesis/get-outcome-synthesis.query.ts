import { Query } from '@nestjs/cqrs';
import type { InterventionType } from '@outcome/domain';
import type { ConfidenceInterval, StudyDesign } from '@outcome/statistics';
import type { OutcomeRequest } from '../outcomes/outcome-request';
import type { ViewerPrincipal } from '../visible-projects';

/** What a synthesis asks (docs/api.md): one instrument scale (and wave), one design, optionally one intervention type. */
export interface SynthesisRequest extends OutcomeRequest {
  readonly design: StudyDesign;
  readonly interventionType?: InterventionType;
}

/** One pooled project: its own estimate, shrunk toward the pool, and its rank. */
export interface SynthesisProjectRow {
  readonly projectId: string;
  readonly effect: number;
  readonly variance: number;
  readonly shrunken: number;
  readonly rank: number;
}

/** `GET /api/outcomes/synthesis`: random effects over the visible projects (docs/statistics.md). */
export interface OutcomeSynthesis {
  readonly design: StudyDesign;
  readonly instrument: string;
  readonly scale: string;
  readonly direction: string;
  readonly interventionType: InterventionType | null;
  readonly asOf: string;
  readonly position: string | null;
  /** K, the projects pooled. The statistics below are null when K < 2. */
  readonly projects: number;
  readonly pooled: number | null;
  readonly se: number | null;
  readonly ci95: ConfidenceInterval | null;
  readonly t: number | null;
  readonly df: number | null;
  readonly p: number | null;
  readonly q: number | null;
  readonly tau2: number | null;
  readonly i2: number | null;
  readonly predictionInterval: ConfidenceInterval | null;
  /** Visible projects on the scale that are not pooled: hidden from a funder, or without an estimate for the design. */
  readonly excluded: { readonly suppressed: number; readonly notQualifying: number };
  readonly rows: readonly SynthesisProjectRow[];
}

export class GetOutcomeSynthesisQuery extends Query<OutcomeSynthesis> {
  constructor(
    readonly principal: ViewerPrincipal,
    readonly request: SynthesisRequest,
  ) {
    super();
  }
}
