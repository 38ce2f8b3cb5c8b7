import type { Position } from '@kurrent/kurrentdb-client';

// KurrentDB writes each event as a self-committed prepare, whose commit and prepare positions both
// equal its own log position (ResolvedEvent.CalculatePosition in KurrentDB.Core): one bigint says it all.

/**
 * Our global position of an event KurrentDB read back.
 * @throws Error for an event of an explicit transaction, which this store never writes.
 */
export function toGlobalPosition(position: Position): bigint {
  if (position.commit !== position.prepare) {
    throw new Error(
      `KurrentDB position ${position.commit}/${position.prepare} belongs to an explicit transaction, which this store never writes`,
    );
  }
  return position.commit;
}

/** The KurrentDB position of the event at our global position. */
export function toKurrentPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}
