import { withTimeout } from './with-timeout';

describe(withTimeout.name, () => {
  const timedOut = () => new Error('timed out');

  it('answers what the work answers when it settles in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 60_000, timedOut)).resolves.toBe(42);
    await expect(withTimeout(Promise.reject(new Error('failed')), 60_000, timedOut)).rejects.toThrow('failed');
  });

  it('rejects with the timeout error when the work never settles', async () => {
    const never = new Promise<never>(() => undefined);

    await expect(withTimeout(never, 1, timedOut)).rejects.toThrow('timed out');
  });
});
