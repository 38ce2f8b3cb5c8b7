import { findInstrument } from './instrument-registry';
import { findScale, requireScale, type InstrumentDefinition } from './instrument';
import type { Scale, ScaleReliability } from './scale';

/**
 * An operator's reliability values per deployment, keyed `<instrument>.<scale>` as in
 * `'djg-6.total'`: an r for a scale with a reliability, a SEM for a scale with a fixed SEM.
 */
export type ReliabilityOverrides = Readonly<Record<string, number>>;

/**
 * The reliability reliable change should use for the scale: the operator's override where one is
 * given, otherwise the instrument's value, each saying which it is so a result can record it.
 * Null when the scale has none. Throws on an override that `validateReliabilityOverrides` rejects.
 */
export function resolveReliability(
  instrument: InstrumentDefinition,
  scale: string,
  overrides: ReliabilityOverrides = {},
): ScaleReliability | null {
  const resolved = requireScale(instrument, scale);
  const key = overrideKey(instrument, resolved);
  const override: number | undefined = overrides[key];
  if (override === undefined) return resolved.reliability;
  const problem = findOverrideProblem(instrument, resolved, override);
  if (problem !== null) throw new Error(`"${key}": ${problem}`);
  return resolved.reliability?.kind === 'sem'
    ? { kind: 'sem', sem: override, source: 'override' }
    : { kind: 'reliability', r: override, source: 'override' };
}

/**
 * Every problem with an operator's overrides, one message each: a key naming no registered
 * instrument or scale, a value that is not a default (published values stand), or a value out
 * of range. Meant for validating configuration at boot.
 */
export function validateReliabilityOverrides(overrides: ReliabilityOverrides): string[] {
  return Object.entries(overrides).flatMap(([key, value]) => {
    const problem = findKeyedOverrideProblem(key, value);
    return problem === null ? [] : [`"${key}": ${problem}`];
  });
}

function findKeyedOverrideProblem(key: string, value: number): string | null {
  const separator = key.indexOf('.');
  const instrumentId = separator === -1 ? key : key.slice(0, separator);
  const scaleName = separator === -1 ? '' : key.slice(separator + 1);
  const instrument = findInstrument(instrumentId);
  if (instrument === undefined) return `no instrument "${instrumentId}"; keys read <instrument>.<scale>`;
  const scale = findScale(instrument, scaleName);
  if (scale === undefined) {
    const names = instrument.scales.map((candidate) => candidate.name).join(', ');
    return `${instrument.id} has no scale "${scaleName}" (its scales: ${names})`;
  }
  return findOverrideProblem(instrument, scale, value);
}

function findOverrideProblem(instrument: InstrumentDefinition, scale: Scale, value: number): string | null {
  const reliability = scale.reliability;
  if (reliability === null) return `${instrument.id} ${scale.name} has no reliability to override`;
  if (reliability.source !== 'default') {
    return `${instrument.id} ${scale.name} uses a published value, not a default; only defaults may be overridden`;
  }
  if (reliability.kind === 'reliability' && !(value > 0 && value < 1)) {
    return `a reliability r must lie between 0 and 1, got ${value}`;
  }
  if (reliability.kind === 'sem' && !(value > 0 && Number.isFinite(value))) {
    return `a SEM must be a positive number, got ${value}`;
  }
  return null;
}

function overrideKey(instrument: InstrumentDefinition, scale: Scale): string {
  return `${instrument.id}.${scale.name}`;
}
