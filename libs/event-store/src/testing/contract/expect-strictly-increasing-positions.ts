import type { RecordedEvent } from '../../event';

/** Global positions are bigints, each above the one before: no repeat, no step back. */
export function expectStrictlyIncreasingPositions(events: readonly RecordedEvent[]): void {
  expect(events.every((event) => typeof event.position === 'bigint')).toBe(true);
  for (let i = 1; i < events.length; i++) expect(events[i]!.position).toBeGreaterThan(events[i - 1]!.position);
}
