import { EVENT_TYPE, STREAM_NAME } from '@kurrent/kurrentdb-client';
import { KurrentDbStreamNames } from './kurrentdb-stream-names';

describe(KurrentDbStreamNames.name, () => {
  const eventId = '6f1c9a52-8d0e-4f5e-9c1b-0d3f4e5a6b7c';

  describe('without a namespace', () => {
    const sut = new KurrentDbStreamNames('');

    it('keeps stream names as they are', () => {
      expect(sut.stored('participant-1')).toBe('participant-1');
      expect(sut.original('participant-1')).toBe('participant-1');
    });

    it('claims an event id in a stream named after it', () => {
      expect(sut.claim(eventId)).toBe(`eventid-${eventId}`);
    });

    it('reads $all without the events whose type starts with $, claims among them', () => {
      expect(sut.ownEvents()).toMatchObject({ filterOn: EVENT_TYPE, regex: '^[^$].*' });
    });
  });

  describe('within a namespace', () => {
    const sut = new KurrentDbStreamNames('run-42/');

    it('prefixes the streams it stores and strips the prefix from those it reads', () => {
      expect(sut.stored('participant-1')).toBe('run-42/participant-1');
      expect(sut.original(sut.stored('participant-1'))).toBe('participant-1');
    });

    it('claims event ids outside the namespace prefix', () => {
      expect(sut.claim(eventId)).toBe(`eventid-run-42/${eventId}`);
      expect(sut.claim(eventId).startsWith('run-42/')).toBe(false);
    });

    it('reads $all for the streams of the namespace only', () => {
      expect(sut.ownEvents()).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['run-42/'] });
    });
  });

  it.each(['$run-42/', 'eventid-run-42/'])(
    'rejects the namespace %s, which would mix with other streams',
    (namespace) => {
      expect(() => new KurrentDbStreamNames(namespace)).toThrow(/would mix with other streams/);
    },
  );
});
