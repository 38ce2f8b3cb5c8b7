import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { collectAllGarbage } from './garbage-collection';

/** The most memory a process used while sampled, in MiB. */
export interface MemoryPeaks {
  /** The kernel's high-water mark of the resident set (`maxRSS`): exact, whenever it was reached. */
  readonly peakRss: number;
  /** V8 heap in use at the samples, garbage included: it depends on when V8 collects. */
  readonly heapUsed: number;
  /** Heap still in use after a full collection, every RETAINED_EVERY_MS and at the end: what the process keeps. */
  readonly retainedHeap: number;
  /** Retained heap at the first and the last of those samples. */
  readonly retainedAtStart: number;
  readonly retainedAtEnd: number;
  /** What the heap held, by V8 space (MiB), at the sample with the most retained. */
  readonly spacesAtMostRetained: Readonly<Record<string, number>>;
  readonly samples: number;
}

const RETAINED_EVERY_MS = 10_000;
const MIB = 2 ** 20;

/**
 * Samples the process's memory when the work calls `sample()` (a timer would not fire while
 * the work's promise chain keeps the event loop busy). Every RETAINED_EVERY_MS a sample also
 * runs a full collection and notes what survives it.
 */
export class MemorySampler {
  private heapUsed = 0;
  private readonly retained: number[] = [];
  private spacesAtMostRetained: Record<string, number> = {};
  private samples = 0;
  private lastRetained = performance.now();
  private stopped: MemoryPeaks | undefined;

  constructor() {
    this.sampleRetained();
  }

  sample(): void {
    if (this.stopped) return;
    this.heapUsed = Math.max(this.heapUsed, process.memoryUsage().heapUsed);
    this.samples++;
    if (performance.now() - this.lastRetained > RETAINED_EVERY_MS) this.sampleRetained();
  }

  /** Stops sampling (once) and answers the peaks. */
  stop(): MemoryPeaks {
    if (this.stopped) return this.stopped;
    this.sample();
    this.sampleRetained();
    this.stopped = {
      peakRss: (process.resourceUsage().maxRSS * 1024) / MIB,
      heapUsed: this.heapUsed / MIB,
      retainedHeap: Math.max(...this.retained) / MIB,
      retainedAtStart: this.retained[0]! / MIB,
      retainedAtEnd: this.retained.at(-1)! / MIB,
      spacesAtMostRetained: this.spacesAtMostRetained,
      samples: this.samples,
    };
    return this.stopped;
  }

  private sampleRetained(): void {
    this.heapUsed = Math.max(this.heapUsed, process.memoryUsage().heapUsed);
    collectAllGarbage();
    const retained = process.memoryUsage().heapUsed;
    if (retained > Math.max(0, ...this.retained)) {
      this.spacesAtMostRetained = Object.fromEntries(
        getHeapSpaceStatistics()
          .filter((space) => space.space_used_size > MIB)
          .map((space) => [space.space_name, Math.round(space.space_used_size / MIB)]),
      );
    }
    this.retained.push(retained);
    this.lastRetained = performance.now();
  }
}
