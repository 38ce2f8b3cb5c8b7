import { InMemoryEventStore } from '@outcome/event-store';
import { someNewEvents } from '@outcome/event-store/testing';
import { SharedEventPages } from './shared-event-pages';

describe(SharedEventPages.name, () => {
  async function storeWith(events: number) {
    const store = new InMemoryEventStore();
    await store.appendToStream('visits-1', someNewEvents(events));
    let reads = 0;
    const readAll = store.readAll.bind(store);
    store.readAll = (options) => {
      reads += 1;
      return readAll(options);
    };
    return { store, reads: () => reads };
  }

  it('reads a full page once for every worker that asks for it', async () => {
    const { store, reads } = await storeWith(10);
    const sut = new SharedEventPages(store, 4);

    const pages = await Promise.all([sut.read(null, 5), sut.read(null, 5), sut.read(null, 5)]);

    expect(reads()).toBe(1);
    expect(pages[1]).toBe(pages[0]);
  });

  it('reads a short page again, since the store may have grown since', async () => {
    const { store, reads } = await storeWith(3);
    const sut = new SharedEventPages(store, 4);
    const first = await sut.read(null, 5);
    await store.appendToStream('visits-2', someNewEvents(2));

    const second = await sut.read(null, 5);

    expect(reads()).toBe(2);
    expect([first.length, second.length]).toEqual([3, 5]);
  });

  it('keeps no more pages than its capacity, the oldest going first', async () => {
    const { store, reads } = await storeWith(10);
    const sut = new SharedEventPages(store, 1);
    const first = await sut.read(null, 2);
    await sut.read(first[1]!.position, 2);

    await sut.read(null, 2);

    expect(reads()).toBe(3);
  });
});
