import { Injectable } from '@nestjs/common';

/**
 * Runs the writes to one stream one after another, in arrival order; writes to other streams run
 * side by side. Optimistic concurrency alone makes many simultaneous writers to one stream retry
 * against each other until most give up with 409; queued here, only writers in other processes
 * (or other app instances) can still conflict, and the retries of `handleCommand` absorb those.
 * One queue per app instance: a provider of the platform module.
 */
@Injectable()
export class StreamWriteQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(stream: string, write: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(stream) ?? Promise.resolve()).then(write);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(stream, tail);
    void tail.then(() => {
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    });
    return result;
  }
}
