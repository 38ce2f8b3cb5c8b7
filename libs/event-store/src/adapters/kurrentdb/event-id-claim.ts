import {
  jsonEvent,
  type EventData as KurrentEventData,
  type RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';

/**
 * A claim's type starts with `$` like KurrentDB's system events, so the filter that keeps those
 * out of `$all` keeps claims out too.
 */
export const EVENT_ID_CLAIMED = '$EventIdClaimed';

/**
 * The event claiming an id for `stream`. It gets a fresh id of its own on every attempt: a repeated
 * claim must clash on its stream's version, never pass the server's own id-based retry check.
 */
export function claimFor(stream: string): KurrentEventData {
  return jsonEvent({ type: EVENT_ID_CLAIMED, data: { stream } });
}

/**
 * The stream a claim names.
 * @throws Error for an event that is not a claim.
 */
export function claimedStream(claim: KurrentRecordedEvent): string {
  const stream =
    claim.isJson && typeof claim.data === 'object' ? (claim.data as { stream?: unknown }).stream : undefined;
  if (claim.type !== EVENT_ID_CLAIMED || typeof stream !== 'string') {
    throw new Error(`Event ${claim.id} in ${claim.streamId} is not an event-id claim`);
  }
  return stream;
}
