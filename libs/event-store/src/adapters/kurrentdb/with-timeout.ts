/**
 * Settles as `work` does, or rejects with `onTimeout()` once `ms` have passed, whichever comes
 * first. `work` itself goes on (the KurrentDB client cannot cancel a call): its late outcome is dropped.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
