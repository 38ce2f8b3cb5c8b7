import type { EventStore, RecordedEvent } from '@outcome/event-store';

/**
 * Pages of the store read once for every worker of a runner: the workers follow the same pages
 * (same checkpoints, same batch size), so without this each view would read and decrypt every
 * event again. Only full pages are kept: the store never commits an event before one already
 * read, so a full page is final, while a short one (at the head) may still grow.
 */
export class SharedEventPages {
  private readonly pages = new Map<string, Promise<RecordedEvent[]>>();

  constructor(
    private readonly store: EventStore,
    /** Pages kept at most: enough for workers a few batches apart. */
    private readonly capacity: number,
  ) {}

  read(after: bigint | null, maxCount: number): Promise<RecordedEvent[]> {
    const key = `${after ?? 'start'}:${maxCount}`;
    const kept = this.pages.get(key);
    if (kept) return kept;
    const page = this.store.readAll({ after: after ?? undefined, maxCount });
    this.pages.set(key, page);
    page.then(
      (events) => {
        if (events.length < maxCount) this.pages.delete(key);
      },
      () => this.pages.delete(key),
    );
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= this.capacity) break;
      this.pages.delete(oldest);
    }
    return page;
  }
}
