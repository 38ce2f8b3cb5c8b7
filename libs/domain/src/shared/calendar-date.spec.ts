import { isCalendarDate } from './calendar-date';

describe(isCalendarDate.name, () => {
  it.each(['2026-01-31', '2024-02-29', '1920-12-01'])('accepts the real day %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    20260105,
  ])('rejects %s', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});
