import type { StreamVersion } from './expected-version';

/** A stream folded up to a version. */
export interface CachedState<State> {
  readonly state: State;
  readonly version: StreamVersion;
}

/**
 * States of streams kept between commands by `handleCommand`, so that a command reads only the
 * events after its stream's cached version (none, when this process wrote last), not the whole
 * stream. Safe whoever else writes: the events after the version are read every time, and the
 * append still expects the version read. Bounded: past `capacity` streams, the one used least
 * recently is forgotten, and read whole again when next used. Keep in it only states that hold no
 * personal data, which an erasure must not leave behind in memory.
 */
export class StreamStateCache<State> {
  private readonly states = new Map<string, CachedState<State>>();

  constructor(private readonly capacity = 10_000) {}

  get(stream: string): CachedState<State> | undefined {
    const cached = this.states.get(stream);
    if (cached) {
      this.states.delete(stream);
      this.states.set(stream, cached);
    }
    return cached;
  }

  set(stream: string, cached: CachedState<State>): void {
    this.states.delete(stream);
    this.states.set(stream, cached);
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
  }
}
