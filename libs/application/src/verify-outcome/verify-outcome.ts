import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@outcome/event-store';
import { LIVE, openReadStore, type Projection, type ReadStore, ViewReader } from '@outcome/read-models';
import { rebuildViews } from '../platform/rebuild-views';
import type { OutcomeAnswer } from '../reads/outcomes/outcome-answer';
import { OUTCOME_VIEWS } from '../reads/outcomes/outcome-cells';
import { readProjectOutcome } from '../reads/project-outcome/read-project-outcome';
import type { ViewerPrincipal } from '../reads/visible-projects';
import { type AlteredEvent, alteredEvents } from './altered-events';
import { type FieldDifference, outcomeDifferences } from './outcome-differences';
import { isLaterChange, type LaterChange, type LaterEvent, laterEvents, projectStreams } from './project-event-scan';

/**
 * Why a field differs: a later correction, retraction or erasure (or, against the events as they
 * are now, any later event of the project), or history that was altered.
 */
export type DifferenceCause =
  | { readonly type: string; readonly position: string }
  | {
      readonly type: 'altered-history';
      /** The altered event's position, where one is to blame; null when the events are intact and the figure is not. */
      readonly position: string | null;
      readonly eventId?: string | null;
      readonly stream?: string;
    };

export interface VerifiedDifference extends FieldDifference {
  readonly cause: DifferenceCause;
}

export type OutcomeVerification =
  | { readonly match: true; readonly position: string | null; readonly laterChanges: readonly LaterChange[] }
  | {
      readonly match: false;
      readonly position: string | null;
      readonly differences: readonly VerifiedDifference[];
      readonly laterChanges: readonly LaterChange[];
      readonly alteredEvents: readonly AlteredEvent[];
      readonly recomputed: OutcomeAnswer;
    };

export interface OutcomeVerificationRequest {
  readonly published: OutcomeAnswer;
  readonly eventStore: EventStore;
  /** The configured views, built as the events arrived: what altered history is told by. */
  readonly liveReadStore: ReadStore;
  readonly suppressionMinCell: number;
  /**
   * Recompute with every event recorded so far instead of those up to the published position:
   * how far the figure still holds, each difference put down to the later event that made it.
   */
  readonly againstNow?: boolean;
  readonly onProgress?: (position: bigint, head: bigint) => void;
}

/**
 * Recomputes a published Outcome from the events: builds the outcome views afresh in a scratch
 * SQLite file, reads the Outcome at the published position with the same code the route uses,
 * and compares every field. A difference is put down to an erasure recorded after the figure
 * (erasure forgets the participant in every version of the views, docs/views.md), or else to
 * altered history, naming the event whose rows the live views no longer get from the store.
 */
export async function verifyOutcome(request: OutcomeVerificationRequest): Promise<OutcomeVerification> {
  const { published, eventStore } = request;
  const projectId = published.projectId!;
  const position = published.position === null ? null : BigInt(published.position);
  const scratch = mkdtempSync(join(tmpdir(), 'outcome-ledger-verify-'));
  const freshStore = await openReadStore({ kind: 'sqlite', file: join(scratch, 'views.sqlite') });
  try {
    await rebuildViews({
      eventStore,
      readStore: freshStore,
      views: OUTCOME_VIEWS as readonly Projection[],
      onProgress: request.onProgress,
    });
    const fresh = new ViewReader(freshStore);
    const recomputed = await readProjectOutcome(
      fresh,
      request.againstNow ? { at: LIVE, asOf: new Date() } : { at: { position }, asOf: new Date(published.asOf) },
      {
        projectId,
        principal: principalFor(published),
        request: { instrument: published.instrument, scale: published.scale, wave: published.wave ?? undefined },
        suppressionMinCell: request.suppressionMinCell,
      },
    );
    const streams = await projectStreams(eventStore, projectId);
    const later = await laterEvents(eventStore, streams, position);
    const changes = later.filter(isLaterChange);
    const erased = new Set(
      changes.flatMap((change) => (change.type === 'ParticipantErased' ? [change.participantId!] : [])),
    );
    const differences = outcomeDifferences(published, recomputed, request.againstNow ? ['position'] : []);
    if (differences.length === 0) return { match: true, position: published.position, laterChanges: changes };
    const altered =
      position === null
        ? []
        : ((await alteredEvents(
            eventStore,
            new ViewReader(request.liveReadStore),
            fresh,
            projectId,
            position,
            erased,
          )) ?? []);
    const cause = causeOf(altered, request.againstNow ? later : changes);
    return {
      match: false,
      position: published.position,
      differences: differences.map((difference) => ({ ...difference, cause })),
      laterChanges: changes,
      alteredEvents: altered,
      recomputed,
    };
  } finally {
    await freshStore.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Altered events first (tampering, whatever else happened); then the first later event that can
 * change the figure: an erasure at the published position (it forgets earlier versions), any
 * later change or record against the events as they are now; else the figure itself was altered.
 */
function causeOf(altered: readonly AlteredEvent[], later: readonly LaterEvent[]): DifferenceCause {
  const [first] = altered;
  if (first) return { type: 'altered-history', position: first.position, eventId: first.eventId, stream: first.stream };
  const explaining = later.find((event) => event.type === 'ParticipantErased') ?? later[0];
  if (explaining) return { type: explaining.type, position: explaining.position };
  return { type: 'altered-history', position: null };
}

/** A funder's answer was suppressed by the funder's rule: recompute it as a funder would read it. */
function principalFor(published: OutcomeAnswer): ViewerPrincipal {
  const projectIds = [published.projectId!];
  return published.suppressed
    ? { role: 'funder', tokenId: 'verify', projectIds }
    : { role: 'evaluator', tokenId: 'verify', projectIds };
}
