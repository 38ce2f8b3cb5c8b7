import { isInstant } from './is-instant';

describe(isInstant.name, () => {
  it.each(['2026-06-30T23:59:59Z', '2026-06-30T23:59Z', '2026-02-28T00:00:00.123+02:00', '2024-02-29T12:00:00-05:30'])(
    'accepts %s',
    (value) => {
      expect(isInstant(value)).toBe(true);
    },
  );

  it.each([
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-06-30T24:00:00Z',
    '2026-06-30T23:60:00Z',
    '2026-06-30T23:59:60Z',
    '2026-06-30T23:59:59+24:00',
    '2026-06-30',
    '2026-06-30T23:59:59',
    42,
  ])('refuses %s', (value) => {
    expect(isInstant(value)).toBe(false);
  });
});
