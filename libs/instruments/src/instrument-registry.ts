import { djg11 } from './djg-11/djg-11.instrument';
import { djg6 } from './djg-6/djg-6.instrument';
import type { InstrumentDefinition } from './instrument';
import { lsns6 } from './lsns-6/lsns-6.instrument';
import { onsDirect } from './ons-direct/ons-direct.instrument';
import { selfRatedHealth } from './self-rated-health/self-rated-health.instrument';
import { swemwbs } from './swemwbs/swemwbs.instrument';
import { ucla3 } from './ucla-3/ucla-3.instrument';
import { who5 } from './who-5/who-5.instrument';

const REGISTERED = [djg6, djg11, ucla3, onsDirect, lsns6, swemwbs, who5, selfRatedHealth] as const;

/** The id of a registered instrument, as used in the API. */
export type InstrumentId = (typeof REGISTERED)[number]['id'];

/** A registered instrument. */
export type Instrument = InstrumentDefinition<InstrumentId>;

/** Every registered instrument, in the order of docs/instruments.md. */
export const INSTRUMENTS: readonly Instrument[] = REGISTERED;

/** The registered instrument with that id, or undefined. */
export function findInstrument(id: string): Instrument | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id);
}

/** Whether the id names a registered instrument. */
export function isInstrumentId(id: string): id is InstrumentId {
  return findInstrument(id) !== undefined;
}
