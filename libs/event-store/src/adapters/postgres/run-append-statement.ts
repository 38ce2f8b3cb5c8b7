import type { Pool, QueryResultRow } from 'pg';
import { AppendOutcomeUnknownError } from '../../errors';
import { toEventStoreError, toSentAppendError } from './postgres-errors';

/**
 * Runs the append statement on a connection checked out for it alone, so that failing to get a
 * connection (nothing sent: EventStoreUnavailableError) is told apart from losing it while the
 * statement ran (it may have committed: AppendOutcomeUnknownError).
 */
export async function runAppendStatement<Row extends QueryResultRow>(
  pool: Pool,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  const client = await pool.connect().catch((error: unknown) => Promise.reject(toEventStoreError(error)));
  // The driver also emits a lost connection as an 'error' event; the rejected query reports it.
  const ignore = (): void => undefined;
  client.on('error', ignore);
  let failure: unknown;
  try {
    return (await client.query<Row>(text, [...values])).rows;
  } catch (error) {
    failure = toSentAppendError(error);
    throw failure;
  } finally {
    client.off('error', ignore);
    // A lost connection is discarded; after an error the append function raised, it is as good as new.
    client.release(failure instanceof AppendOutcomeUnknownError);
  }
}
