import { ANY, NO_STREAM as KURRENT_NO_STREAM } from '@kurrent/kurrentdb-client';
import fc from 'fast-check';
import { ANY_VERSION, NO_STREAM } from '../../expected-version';
import { toStreamState, toStreamVersion } from './kurrentdb-stream-state';

describe(toStreamState.name, () => {
  it('expects any state for any version', () => {
    expect(toStreamState(ANY_VERSION)).toBe(ANY);
  });

  it('expects no stream for no stream', () => {
    expect(toStreamState(NO_STREAM)).toBe(KURRENT_NO_STREAM);
  });

  it('expects the revision of the version, as a bigint', () => {
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
  });
});

describe(toStreamVersion.name, () => {
  it('reads no stream as no stream', () => {
    expect(toStreamVersion(KURRENT_NO_STREAM)).toBe(NO_STREAM);
  });

  it('reads back every version it was given as a revision', () => {
    fc.assert(
      fc.property(fc.nat(), (version) => {
        expect(toStreamVersion(toStreamState(version) as bigint)).toBe(version);
      }),
    );
  });
});
