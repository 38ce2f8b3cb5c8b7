import { ThroughputMeter } from './throughput-meter';

describe(ThroughputMeter.name, () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('reports no throughput before any time has passed', () => {
    const sut = new ThroughputMeter(10_000, clock);

    expect(sut.eventsPerSecond()).toBe(0);
  });

  it('divides by the time since the start while the meter is younger than its window', () => {
    const sut = new ThroughputMeter(10_000, clock);
    now += 2000;
    sut.record(1000);

    expect(sut.eventsPerSecond()).toBe(500);
  });

  it('counts only the events within the window', () => {
    const sut = new ThroughputMeter(10_000, clock);
    sut.record(5000);
    now += 5000;
    sut.record(1000);
    now += 6000;

    expect(sut.eventsPerSecond()).toBe(100);
  });

  it('falls to zero once the projection idles for a whole window', () => {
    const sut = new ThroughputMeter(10_000, clock);
    sut.record(5000);
    now += 10_000;

    expect(sut.eventsPerSecond()).toBe(0);
  });
});
