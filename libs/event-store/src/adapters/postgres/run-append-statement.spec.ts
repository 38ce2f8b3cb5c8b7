import { DatabaseError, type Pool, type PoolClient } from 'pg';
import { AppendOutcomeUnknownError, EventStoreUnavailableError, WrongExpectedVersionError } from '../../errors';
import { APPEND_SQLSTATE } from './postgres-errors';
import { runAppendStatement } from './run-append-statement';

function aClient(query: () => Promise<unknown>): jest.Mocked<Pick<PoolClient, 'on' | 'off' | 'query' | 'release'>> {
  return { on: jest.fn(), off: jest.fn(), query: jest.fn(query) as never, release: jest.fn() };
}

function aPool(connect: () => Promise<unknown>): Pool {
  return { connect } as unknown as Pool;
}

describe(runAppendStatement.name, () => {
  it('answers the rows and hands the connection back for reuse', async () => {
    const client = aClient(async () => ({ rows: [{ last_position: '7' }] }));

    const rows = await runAppendStatement(
      aPool(async () => client),
      'SELECT 1',
      [],
    );

    expect(rows).toEqual([{ last_position: '7' }]);
    expect(client.release).toHaveBeenCalledWith(false);
  });

  it('fails with EventStoreUnavailableError when no connection can be had: nothing was sent', async () => {
    const failure = aPool(async () => {
      throw new Error('timeout exceeded when trying to connect');
    });

    await expect(runAppendStatement(failure, 'SELECT 1', [])).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('fails with AppendOutcomeUnknownError and discards the connection when it is lost mid-statement', async () => {
    const client = aClient(async () => {
      throw new Error('Connection terminated unexpectedly');
    });

    await expect(
      runAppendStatement(
        aPool(async () => client),
        'SELECT 1',
        [],
      ),
    ).rejects.toBeInstanceOf(AppendOutcomeUnknownError);
    expect(client.release).toHaveBeenCalledWith(true);
  });

  it('reports a version clash the append function raised, keeping the connection', async () => {
    const clash = new DatabaseError('clash', 0, 'error');
    clash.code = APPEND_SQLSTATE.wrongExpectedVersion;
    clash.detail = JSON.stringify({ stream: 's', expected: '0', actual: '1' });
    const client = aClient(async () => {
      throw clash;
    });

    await expect(
      runAppendStatement(
        aPool(async () => client),
        'SELECT 1',
        [],
      ),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(client.release).toHaveBeenCalledWith(false);
  });
});
