import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isConnectionLoss } from './postgres-connection-loss';

function withCode(code: string, message = 'failed'): Error {
  return Object.assign(new Error(message), { code });
}

describe(isConnectionLoss.name, () => {
  it.each([
    ['a backend terminated by pg_terminate_backend (57P01)', new QueryFailedError('SELECT 1', [], withCode('57P01'))],
    ['a connection exception (08006)', withCode('08006')],
    ['a refused socket', withCode('ECONNREFUSED')],
    ['a runner released under the transaction', new QueryRunnerAlreadyReleasedError()],
    ['node-postgres losing the server', new Error('Connection terminated unexpectedly')],
    [
      'a reset socket, as TypeORM wraps it',
      new QueryFailedError('BEGIN', [], withCode('ECONNRESET', 'read ECONNRESET')),
    ],
    ['an error of another realm', { code: 'ECONNRESET', message: 'read ECONNRESET' }],
  ])('counts %s as a lost connection', (_case, error) => {
    expect(isConnectionLoss(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', new QueryFailedError('INSERT', [], withCode('23505'))],
    ['a missing table (42P01)', withCode('42P01')],
    ['a plain error', new Error('Something else')],
    ['a string', 'Connection terminated'],
  ])('does not count %s', (_case, error) => {
    expect(isConnectionLoss(error)).toBe(false);
  });
});
