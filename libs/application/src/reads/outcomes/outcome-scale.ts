import { findInstrument, findScale, resolveReliability, type ReliabilityOverrides } from '@outcome/instruments';
import type { ScaleDirection, ScaleReliability } from '@outcome/statistics';
import { InvalidQueryError } from '../invalid-query.error';

/** The instrument scale an outcome is about, with what its statistics depend on. */
export interface OutcomeScale {
  readonly instrument: string;
  readonly scale: string;
  readonly direction: ScaleDirection;
  readonly reliability: ScaleReliability;
}

/**
 * The instrument and scale of a query; the scale defaults to the instrument's main scale
 * (`total`; `metric` for SWEMWBS; `percent` for WHO-5).
 * @throws InvalidQueryError naming `instrument` or `scale` when either is unknown.
 */
export function resolveOutcomeScale(
  instrumentId: string,
  scaleName: string | undefined,
  overrides: ReliabilityOverrides = {},
): OutcomeScale {
  const instrument = findInstrument(instrumentId);
  if (!instrument)
    throw new InvalidQueryError([{ path: 'instrument', message: `no instrument is called "${instrumentId}"` }]);
  const scale = scaleName ?? instrument.mainScale;
  if (!findScale(instrument, scale)) {
    const known = instrument.scales.map((candidate) => candidate.name).join(', ');
    throw new InvalidQueryError([
      { path: 'scale', message: `${instrument.id} has no scale "${scale}" (its scales: ${known})` },
    ]);
  }
  const reliability = resolveReliability(instrument, scale, overrides);
  return {
    instrument: instrument.id,
    scale,
    direction: instrument.direction,
    reliability:
      reliability &&
      (reliability.kind === 'sem' ? { kind: 'sem', sem: reliability.sem } : { kind: 'reliability', r: reliability.r }),
  };
}

/**
 * The instrument a project-level query is about: the one asked for, or the project's first (the
 * one it named first when it was registered).
 * @throws InvalidQueryError naming `instrument` when the project does not measure it.
 */
export function instrumentOfProject(project: { readonly instruments: readonly string[] }, asked?: string): string {
  const instrument = asked ?? project.instruments[0]!;
  if (!project.instruments.includes(instrument)) {
    const measured = project.instruments.join(', ');
    throw new InvalidQueryError([
      { path: 'instrument', message: `the project does not measure ${instrument} (it measures ${measured})` },
    ]);
  }
  return instrument;
}
