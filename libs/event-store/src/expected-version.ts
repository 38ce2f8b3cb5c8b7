/** The stream must not exist yet. */
export const NO_STREAM = 'no-stream' as const;
/** No concurrency check. */
export const ANY_VERSION = 'any' as const;

/**
 * What the writer believes about the stream before appending: the version of its last event
 * (0-based), that it has no events yet, or nothing at all.
 */
export type ExpectedVersion = number | typeof NO_STREAM | typeof ANY_VERSION;

/** Version of a stream, or NO_STREAM when it has no events. */
export type StreamVersion = number | typeof NO_STREAM;

export function versionAfter(current: StreamVersion, appended: number): number {
  return (current === NO_STREAM ? -1 : current) + appended;
}

export function expectationHolds(expected: ExpectedVersion, actual: StreamVersion): boolean {
  return expected === ANY_VERSION || expected === actual;
}
