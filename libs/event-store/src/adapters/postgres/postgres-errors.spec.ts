import { DatabaseError } from 'pg';
import {
  AppendOutcomeUnknownError,
  EventIdConflictError,
  EventStoreUnavailableError,
  WrongExpectedVersionError,
} from '../../errors';
import { APPEND_SQLSTATE, toEventStoreError, toSentAppendError } from './postgres-errors';

function aDatabaseError(code: string, detail?: string): DatabaseError {
  const error = new DatabaseError('raised by the server', 0, 'error');
  error.code = code;
  error.detail = detail;
  return error;
}

describe(toEventStoreError.name, () => {
  it('turns the append function version clash into WrongExpectedVersionError', () => {
    const clash = aDatabaseError(
      APPEND_SQLSTATE.wrongExpectedVersion,
      JSON.stringify({ stream: 'participant-1', expected: 'no-stream', actual: '4' }),
    );

    const mapped = toEventStoreError(clash);

    expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
    expect(mapped).toMatchObject({ stream: 'participant-1', expected: 'no-stream', actual: '4' });
  });

  it('turns the append function event id conflict into EventIdConflictError', () => {
    const conflict = aDatabaseError(
      APPEND_SQLSTATE.eventIdConflict,
      JSON.stringify({ stream: 'participant-1', eventIds: ['e-1', 'e-2'] }),
    );

    const mapped = toEventStoreError(conflict);

    expect(mapped).toBeInstanceOf(EventIdConflictError);
    expect(mapped).toMatchObject({ stream: 'participant-1', eventIds: ['e-1', 'e-2'] });
  });

  it.each([
    { reason: 'a broken connection (class 08)', error: aDatabaseError('08006') },
    { reason: 'an administrator shutting the server down', error: aDatabaseError('57P01') },
    { reason: 'a server still starting up', error: aDatabaseError('57P03') },
    { reason: 'too many connections', error: aDatabaseError('53300') },
    { reason: 'a refused socket', error: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) },
    { reason: 'a connection the driver saw end', error: new Error('Connection terminated unexpectedly') },
    { reason: 'a pool that found no connection in time', error: new Error('timeout exceeded when trying to connect') },
  ])('reports $reason as EventStoreUnavailableError, keeping the cause', ({ error }) => {
    const mapped = toEventStoreError(error);

    expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
    expect((mapped as EventStoreUnavailableError).cause).toBe(error);
  });

  it.each([
    { reason: 'another database error', error: aDatabaseError('23505') },
    { reason: 'a programming error', error: new TypeError('Do not know how to serialize a BigInt') },
  ])('passes $reason through unchanged', ({ error }) => {
    expect(toEventStoreError(error)).toBe(error);
  });
});

describe(toSentAppendError.name, () => {
  it.each([
    { reason: 'a connection the driver saw end', error: new Error('Connection terminated unexpectedly') },
    { reason: 'a backend terminated by an administrator', error: aDatabaseError('57P01') },
    { reason: 'a broken connection (class 08)', error: aDatabaseError('08006') },
  ])('reports $reason as AppendOutcomeUnknownError, keeping the cause', ({ error }) => {
    const mapped = toSentAppendError(error);

    expect(mapped).toBeInstanceOf(AppendOutcomeUnknownError);
    expect((mapped as AppendOutcomeUnknownError).cause).toBe(error);
  });

  it('maps the append function errors as toEventStoreError does', () => {
    const clash = aDatabaseError(
      APPEND_SQLSTATE.wrongExpectedVersion,
      JSON.stringify({ stream: 'participant-1', expected: '0', actual: '1' }),
    );

    expect(toSentAppendError(clash)).toBeInstanceOf(WrongExpectedVersionError);
  });
});
