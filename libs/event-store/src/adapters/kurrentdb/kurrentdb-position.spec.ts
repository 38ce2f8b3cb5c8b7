import fc from 'fast-check';
import { toGlobalPosition, toKurrentPosition } from './kurrentdb-position';

describe(toGlobalPosition.name, () => {
  it('takes the commit position of a self-committed event', () => {
    expect(toGlobalPosition({ commit: 1_234n, prepare: 1_234n })).toBe(1_234n);
  });

  it('rejects a position of an explicit transaction, whose commit follows its prepares', () => {
    expect(() => toGlobalPosition({ commit: 2_000n, prepare: 1_234n })).toThrow(/explicit transaction/);
  });
});

describe(toKurrentPosition.name, () => {
  it('points commit and prepare at the event', () => {
    expect(toKurrentPosition(1_234n)).toEqual({ commit: 1_234n, prepare: 1_234n });
  });

  it('round-trips every global position, keeping their order', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }), (a, b) => {
        const [backA, backB] = [toGlobalPosition(toKurrentPosition(a)), toGlobalPosition(toKurrentPosition(b))];
        expect(backA).toBe(a);
        expect(backA < backB).toBe(a < b);
      }),
    );
  });
});
