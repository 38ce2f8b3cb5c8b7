import { WakeUps } from './wake-ups';

const LONG_MS = 60_000;

describe(WakeUps.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('wakes every sleeper at once', async () => {
    const sut = new WakeUps();
    const woken: number[] = [];
    const sleepers = [1, 2].map((sleeper) => sut.sleep(LONG_MS).then(() => woken.push(sleeper)));

    sut.wakeAll();

    await Promise.all(sleepers);
    expect(woken).toEqual([1, 2]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('wakes a sleeper when its time is up', async () => {
    const sut = new WakeUps();
    const sleeping = sut.sleep(100);

    jest.advanceTimersByTime(100);

    await expect(sleeping).resolves.toBeUndefined();
  });

  it('wakes a sleeper when its signal aborts, leaving the others asleep', async () => {
    const sut = new WakeUps();
    const abort = new AbortController();
    const aborted = sut.sleep(LONG_MS, abort.signal);
    sut.sleep(LONG_MS);

    abort.abort();

    await expect(aborted).resolves.toBeUndefined();
    expect(jest.getTimerCount()).toBe(1);
  });
});
