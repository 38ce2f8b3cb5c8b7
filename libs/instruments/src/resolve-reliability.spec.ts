import { djg11 } from './djg-11/djg-11.instrument';
import { djg6 } from './djg-6/djg-6.instrument';
import { onsDirect } from './ons-direct/ons-direct.instrument';
import { resolveReliability, validateReliabilityOverrides } from './resolve-reliability';
import { swemwbs } from './swemwbs/swemwbs.instrument';

describe(resolveReliability.name, () => {
  const sut = resolveReliability;

  it('returns the default reliability, marked as the default, when no override is given', () => {
    expect(sut(djg6, 'total')).toStrictEqual({ kind: 'reliability', r: 0.7, source: 'default' });
  });

  it('returns a published reliability, marked as published', () => {
    expect(sut(djg11, 'social')).toStrictEqual({ kind: 'reliability', r: 0.89, source: 'published' });
  });

  it('returns a fixed SEM for a scale that has one', () => {
    expect(sut(swemwbs, 'metric')).toStrictEqual({ kind: 'sem', sem: 1.03, source: 'published' });
  });

  it('returns the override, marked as an override, in place of a default', () => {
    expect(sut(djg6, 'total', { 'djg-6.total': 0.76 })).toStrictEqual({
      kind: 'reliability',
      r: 0.76,
      source: 'override',
    });
  });

  it('applies an override to its own scale only', () => {
    expect(sut(djg6, 'social', { 'djg-6.total': 0.76 })).toStrictEqual({
      kind: 'reliability',
      r: 0.7,
      source: 'default',
    });
  });

  it('returns null for a scale without reliable change', () => {
    expect(sut(onsDirect, 'total')).toBeNull();
  });

  it('throws on an override of a published value', () => {
    expect(() => sut(djg11, 'total', { 'djg-11.total': 0.9 })).toThrow(
      '"djg-11.total": djg-11 total uses a published value, not a default; only defaults may be overridden',
    );
  });

  it('throws on a scale the instrument does not have', () => {
    expect(() => sut(djg6, 'raw')).toThrow('djg-6 has no scale "raw"');
  });
});

describe(validateReliabilityOverrides.name, () => {
  const sut = validateReliabilityOverrides;

  it('accepts overrides of defaults within range', () => {
    expect(sut({ 'djg-6.total': 0.76, 'swemwbs.raw': 0.9, 'who-5.percent': 0.8 })).toStrictEqual([]);
  });

  it('rejects a key naming no instrument', () => {
    expect(sut({ 'djg-7.total': 0.7 })).toStrictEqual([
      '"djg-7.total": no instrument "djg-7"; keys read <instrument>.<scale>',
    ]);
  });

  it('rejects a key naming no scale of the instrument', () => {
    expect(sut({ 'djg-6.totl': 0.7, 'djg-6.total.r': 0.7 })).toStrictEqual([
      '"djg-6.totl": djg-6 has no scale "totl" (its scales: total, emotional, social)',
      '"djg-6.total.r": djg-6 has no scale "total.r" (its scales: total, emotional, social)',
    ]);
  });

  it('rejects an override of a scale without reliability', () => {
    expect(sut({ 'ons-direct.total': 0.7 })).toStrictEqual([
      '"ons-direct.total": ons-direct total has no reliability to override',
    ]);
  });

  it('rejects an override of a published value', () => {
    expect(sut({ 'swemwbs.metric': 1.2 })).toStrictEqual([
      '"swemwbs.metric": swemwbs metric uses a published value, not a default; only defaults may be overridden',
    ]);
  });

  it.each([0, 1, 1.2, -0.1, NaN])('rejects a reliability of %p', (r) => {
    expect(sut({ 'djg-6.total': r })).toStrictEqual([
      `"djg-6.total": a reliability r must lie between 0 and 1, got ${r}`,
    ]);
  });
});

describe(`${resolveReliability.name} for a scale with a default SEM`, () => {
  const sut = resolveReliability;
  const withDefaultSem = {
    ...swemwbs,
    scales: swemwbs.scales.map((scale) => ({
      ...scale,
      reliability: { kind: 'sem', sem: 1.03, source: 'default' } as const,
    })),
  };

  it('returns the override as a SEM', () => {
    expect(sut(withDefaultSem, 'metric', { 'swemwbs.metric': 1.5 })).toStrictEqual({
      kind: 'sem',
      sem: 1.5,
      source: 'override',
    });
  });

  it.each([0, -1, Infinity])('throws on a SEM of %p', (sem) => {
    expect(() => sut(withDefaultSem, 'metric', { 'swemwbs.metric': sem })).toThrow(
      `"swemwbs.metric": a SEM must be a positive number, got ${sem}`,
    );
  });
});
