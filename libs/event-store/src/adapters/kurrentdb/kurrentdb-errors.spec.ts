import {
  DeadlineExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { AppendOutcomeUnknownError, EventStoreUnavailableError, WrongExpectedVersionError } from '../../errors';
import { NO_STREAM } from '../../expected-version';
import { isUnavailable, toAppendError, toEventStoreError, toWrongExpectedVersionError } from './kurrentdb-errors';

const clash = (current: bigint | 'no_stream') =>
  new KurrentWrongExpectedVersionError(undefined, { streamName: 'participant-1', expected: 3n, current });

describe(isUnavailable.name, () => {
  it.each([
    { what: 'a failed read', error: new UnavailableError() },
    { what: 'a passed deadline', error: new DeadlineExceededError() },
    {
      what: 'a failed append, a plain Error with gRPC code 14',
      error: Object.assign(new Error('UNAVAILABLE'), { code: 14 }),
    },
    { what: 'a plain Error with gRPC code 4', error: Object.assign(new Error('DEADLINE_EXCEEDED'), { code: 4 }) },
  ])('counts $what as an outage', ({ error }) => {
    expect(isUnavailable(error)).toBe(true);
  });

  it.each([
    { what: 'a version clash', error: clash(1n) },
    { what: 'a missing stream', error: new StreamNotFoundError() },
    { what: 'a plain Error', error: new Error('boom') },
    { what: 'a non-error carrying code 14', error: { code: 14 } },
  ])('does not count $what as an outage', ({ error }) => {
    expect(isUnavailable(error)).toBe(false);
  });
});

describe(toEventStoreError.name, () => {
  it('turns an outage into EventStoreUnavailableError, keeping the cause', () => {
    const outage = new UnavailableError();

    const mapped = toEventStoreError(outage, 'append');

    expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
    expect(mapped).toMatchObject({ code: 'event-store.unavailable', cause: outage });
  });

  it('leaves any other error as it is', () => {
    const error = clash(1n);

    expect(toEventStoreError(error, 'append')).toBe(error);
  });
});

describe(toAppendError.name, () => {
  const notLeader = () =>
    new NotLeaderError(
      Object.assign(new Error('not leader'), {
        code: 5,
        details: 'Leader info available',
        metadata: { 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' },
      }) as never,
    );

  it.each([
    { what: 'a node that is not the leader', cause: notLeader() },
    {
      what: 'a channel that never connected',
      cause: Object.assign(new Error('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED'), {
        code: 14,
      }),
    },
  ])('keeps an append refused by $what as EventStoreUnavailableError: nothing was stored', ({ cause }) => {
    const outage = toEventStoreError(cause, 'append');

    expect(toAppendError(outage)).toBe(outage);
  });

  it.each([
    { what: 'a connection lost mid-call', outage: toEventStoreError(new UnavailableError(), 'append') },
    {
      what: 'a passed deadline',
      outage: toEventStoreError(Object.assign(new Error('DEADLINE_EXCEEDED'), { code: 4 }), 'append'),
    },
    { what: 'no answer within the store timeout', outage: new EventStoreUnavailableError('did not append in time') },
  ])('turns an append failed by $what into AppendOutcomeUnknownError', ({ outage }) => {
    const mapped = toAppendError(outage);

    expect(mapped).toBeInstanceOf(AppendOutcomeUnknownError);
    expect(mapped).toMatchObject({ code: 'event-store.append-outcome-unknown' });
  });

  it('leaves any other error as it is', () => {
    const error = clash(1n);

    expect(toAppendError(error)).toBe(error);
  });
});

describe(toWrongExpectedVersionError.name, () => {
  it('names our stream, the version expected and the version the stream is at', () => {
    const mapped = toWrongExpectedVersionError(clash(7n), 'participant-1', 3);

    expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
    expect(mapped).toMatchObject({ stream: 'participant-1', expected: '3', actual: '7' });
  });

  it('says no-stream when the stream does not exist', () => {
    expect(toWrongExpectedVersionError(clash('no_stream'), 'participant-1', 3).actual).toBe(NO_STREAM);
  });
});
