import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'minor' | 'major'; execution: 'sync' }) => void;

// The npm script cannot pass `node --expose-gc`; V8 exposes `gc` to contexts created after the flag is set.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as Collect;

/** Empties V8's young generation, so that the next timed step pays for its own garbage, not for the other side's. */
export function collectYoungGarbage(): void {
  gc({ type: 'minor', execution: 'sync' });
}

/** A full collection, so that every round starts from a similar heap. */
export function collectAllGarbage(): void {
  gc({ type: 'major', execution: 'sync' });
}
