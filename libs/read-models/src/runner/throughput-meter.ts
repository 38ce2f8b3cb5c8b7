interface Sample {
  readonly at: number;
  readonly events: number;
}

/** Events per second over a sliding window, or since the start when the meter is younger than the window. */
export class ThroughputMeter {
  private readonly samples: Sample[] = [];
  private readonly startedAt: number;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  record(events: number): void {
    this.samples.push({ at: this.now(), events });
  }

  eventsPerSecond(): number {
    const now = this.now();
    while (this.samples.length && this.samples[0]!.at <= now - this.windowMs) this.samples.shift();
    const span = Math.min(this.windowMs, now - this.startedAt);
    if (span <= 0) return 0;
    const events = this.samples.reduce((sum, sample) => sum + sample.events, 0);
    return (events * 1000) / span;
  }
}
