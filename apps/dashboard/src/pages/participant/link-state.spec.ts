import { stateOf } from './link-state';

describe('the state of a questionnaire link', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const link = { usedAt: null, revokedAt: null, expiresAt: '2026-12-20T00:00:00Z' };

  it('is open until it is used, revoked or past its expiry', () => {
    expect(stateOf(link, now)).toBe('open');
    expect(stateOf({ ...link, usedAt: '2026-12-08T11:00:00Z' }, now)).toBe('used');
    expect(stateOf({ ...link, revokedAt: '2026-12-08T11:00:00Z' }, now)).toBe('revoked');
    expect(stateOf({ ...link, expiresAt: '2026-12-08T12:00:00Z' }, now)).toBe('expired');
  });
});
