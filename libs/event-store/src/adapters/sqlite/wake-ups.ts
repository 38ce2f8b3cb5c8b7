/** Sleepers that may be woken early, all at once: waits that an append or a disposal cuts short. */
export class WakeUps {
  private readonly sleepers = new Set<() => void>();

  /** Resolves after `ms`, at the next `wakeAll()`, or when the signal aborts, whichever comes first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
      signal?.addEventListener('abort', wake);
    });
  }

  wakeAll(): void {
    for (const wake of this.sleepers) wake();
  }
}
