import {
  ANY,
  NO_STREAM as KURRENT_NO_STREAM,
  type AppendStreamState,
  type CurrentStreamState,
} from '@kurrent/kurrentdb-client';
import { ANY_VERSION, type ExpectedVersion, NO_STREAM, type StreamVersion } from '../../expected-version';

/** Our expected version as the client's `streamState` (its older `expectedRevision` option is silently ignored). */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  if (expected === ANY_VERSION) return ANY;
  if (expected === NO_STREAM) return KURRENT_NO_STREAM;
  return BigInt(expected);
}

/** The state KurrentDB reports for a stream as our stream version. */
export function toStreamVersion(state: CurrentStreamState): StreamVersion {
  return state === KURRENT_NO_STREAM ? NO_STREAM : Number(state);
}
