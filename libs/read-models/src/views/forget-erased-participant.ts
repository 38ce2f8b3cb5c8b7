import type { RowSelector } from '../projection/projection';

/**
 * `Projection.forget` for views keyed by participant: erasure deletes every version of the
 * participant's rows, so that no view counts them, live or as of any earlier instant.
 */
export function forgetErasedParticipant<Row extends { readonly participantId: string }>(event: {
  readonly type: string;
  readonly data: object;
}): readonly RowSelector<Row>[] {
  if (event.type !== 'ParticipantErased') return [];
  const { participantId } = event.data as { readonly participantId: string };
  return [{ participantId } as RowSelector<Row>];
}
