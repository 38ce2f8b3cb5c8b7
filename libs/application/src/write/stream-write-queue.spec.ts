import { StreamWriteQueue } from './stream-write-queue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe(StreamWriteQueue.name, () => {
  it('starts a write to a stream only once the previous write to it has settled', async () => {
    const sut = new StreamWriteQueue();
    const first = deferred();
    const started: string[] = [];

    const writes = [
      sut.run('participant-1', async () => {
        started.push('first');
        await first.promise;
      }),
      sut.run('participant-1', async () => {
        started.push('second');
      }),
    ];
    await Promise.resolve();
    const startedBeforeFirstSettled = [...started];
    first.resolve();
    await Promise.all(writes);

    expect(startedBeforeFirstSettled).toEqual(['first']);
    expect(started).toEqual(['first', 'second']);
  });

  it('runs writes to different streams side by side', async () => {
    const sut = new StreamWriteQueue();
    const blocked = deferred();

    const slow = sut.run('participant-1', () => blocked.promise);
    const other = await sut.run('participant-2', async () => 'written');
    blocked.resolve();
    await slow;

    expect(other).toBe('written');
  });

  it('hands a failure to its own caller and still runs the next write', async () => {
    const sut = new StreamWriteQueue();

    const failed = sut.run('participant-1', () => Promise.reject(new Error('conflict')));
    const next = sut.run('participant-1', async () => 'written');

    await expect(failed).rejects.toThrow('conflict');
    await expect(next).resolves.toBe('written');
  });
});
