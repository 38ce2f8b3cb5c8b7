import { someNewEvents } from '@outcome/event-store/testing';
import { EventIdConflictError } from '../../errors';
import { isClaimedByStream } from './idempotent-retry';

const stream = 'participant-1';

describe(isClaimedByStream.name, () => {
  const batch = someNewEvents(3);

  it('finds a batch new when none of its ids is claimed', () => {
    expect(isClaimedByStream(stream, batch, [undefined, undefined, undefined])).toBe(false);
  });

  it('finds a batch stored when all of its ids are claimed by its stream', () => {
    expect(isClaimedByStream(stream, batch, [stream, stream, stream])).toBe(true);
  });

  it('rejects a batch of which only some ids are claimed, naming those', () => {
    const check = () => isClaimedByStream(stream, batch, [undefined, stream, undefined]);

    expect(check).toThrow(EventIdConflictError);
    expect(check).toThrow(expect.objectContaining({ stream, eventIds: [batch[1]!.id] }));
  });

  it('rejects a batch holding an id claimed by another stream', () => {
    expect(() => isClaimedByStream(stream, batch, [stream, 'participant-2', stream])).toThrow(EventIdConflictError);
  });
});
