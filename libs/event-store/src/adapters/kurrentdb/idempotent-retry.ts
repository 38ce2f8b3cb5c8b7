import type { NewEvent } from '../../event';
import { EventIdConflictError } from '../../errors';

/**
 * Whether a batch's event ids are claimed already, given the stream each id's claim names
 * (undefined: not claimed).
 * @returns false when no id is claimed: the batch is new; true when every id is claimed by `stream`.
 * @throws EventIdConflictError when only some ids are claimed, or any by another stream.
 */
export function isClaimedByStream(
  stream: string,
  events: readonly NewEvent[],
  claimedBy: readonly (string | undefined)[],
): boolean {
  if (claimedBy.every((owner) => owner === undefined)) return false;
  if (claimedBy.every((owner) => owner === stream)) return true;
  throw new EventIdConflictError(
    stream,
    events.filter((_, index) => claimedBy[index] !== undefined).map((event) => event.id),
  );
}
