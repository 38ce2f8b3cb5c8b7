import { addDays, isCalendarDate } from './calendar-date';

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

describe(addDays.name, () => {
  it('moves across month and year ends, and a leap day, either way', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-10', 84)).toBe('2026-04-04');
  });
});
