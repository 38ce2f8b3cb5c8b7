import { Query } from '@nestjs/cqrs';
import type { ArmAnswer } from '../outcomes/outcome-answer';
import type { OutcomeRequest } from '../outcomes/outcome-request';
import type { ViewerPrincipal } from '../visible-projects';

/** The intervention arm's paired participants who had from `fromHours` up to `toHours` of contact. */
export interface DoseBand extends ArmAnswer {
  readonly fromHours: number;
  /** Null on the last band. */
  readonly toHours: number | null;
  readonly suppressed: boolean;
}

export interface DoseResponse {
  readonly projectId: string;
  readonly instrument: string;
  readonly scale: string;
  readonly direction: string;
  readonly asOf: string;
  readonly position: string | null;
  readonly bands: readonly DoseBand[];
}

/** `GET /api/projects/{projectId}/dose-response`: change by contact hours up to the follow-up. */
export class GetDoseResponseQuery extends Query<DoseResponse> {
  constructor(
    readonly projectId: string,
    readonly principal: ViewerPrincipal,
    readonly request: OutcomeRequest & { readonly bands: readonly number[] },
  ) {
    super();
  }
}
