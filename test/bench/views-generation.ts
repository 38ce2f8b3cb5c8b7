import { performance } from 'node:perf_hooks';
import { openPlatformStores } from '@outcome/application';
import { type EventStore, type NewEvent, NO_STREAM, type StreamAppend, type StreamVersion } from '@outcome/event-store';
import { type DatasetDirectory, type DatasetShape, type DecidedCommand, ViewsDataset } from './views-dataset';
import { benchConfig } from './views-config';

/** As the demo dataset loads: a few hundred events per append, a command's events never split. */
export const EVENTS_PER_APPEND = 500;
const PROGRESS_EVERY_MS = 10_000;

export interface GeneratedDataset {
  readonly shape: DatasetShape;
  readonly dataDir: string;
  readonly directory: DatasetDirectory;
  readonly events: number;
  readonly appends: number;
  /** Wall time of deciding and appending everything. */
  readonly seconds: number;
  /** The instant by which half of the events were recorded: the as-of reads' past instant. */
  readonly middleInstant: string;
  /** Events recorded by `middleInstant`. */
  readonly eventsByMiddle: number;
}

/**
 * Decides the dataset and appends it through the event-store port of the stores the app opens
 * (`openPlatformStores`: upcasting over per-participant encryption over SQLite), in appends of
 * about EVENTS_PER_APPEND events over many streams, each stream with the version its earlier
 * appends left as the expected version.
 */
export async function generateDataset(
  dataDir: string,
  shape: DatasetShape,
  progress: (line: string) => void,
): Promise<GeneratedDataset> {
  const stores = await openPlatformStores(benchConfig(dataDir));
  const dataset = new ViewsDataset(shape);
  const appender = new BatchAppender(stores.eventStore);
  const reached: { events: number; at: string }[] = [];
  const started = performance.now();
  let lastProgress = started;
  try {
    for (const chunk of dataset.commands()) {
      for (const { events, at } of await appender.add(chunk)) reached.push({ events, at });
      if (performance.now() - lastProgress > PROGRESS_EVERY_MS) {
        lastProgress = performance.now();
        const seconds = (lastProgress - started) / 1000;
        progress(
          `  ${shape.label}: ${appender.events.toLocaleString('en-GB')} events appended in ${seconds.toFixed(0)} s` +
            ` (${Math.round(appender.events / seconds).toLocaleString('en-GB')} ev/s)`,
        );
      }
    }
    for (const { events, at } of await appender.flush()) reached.push({ events, at });
  } finally {
    await stores.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const middle = reached.find(({ events }) => events >= appender.events / 2)!;
  return {
    shape,
    dataDir,
    directory: dataset.directory,
    events: appender.events,
    appends: appender.appends,
    seconds,
    middleInstant: middle.at,
    eventsByMiddle: middle.events,
  };
}

/**
 * Gathers commands into appends of about EVENTS_PER_APPEND events, each stream once per append,
 * and appends them; answers, per append, the events stored so far and the instant after it.
 */
class BatchAppender {
  events = 0;
  appends = 0;
  private readonly versions = new Map<string, StreamVersion>();
  private batch = new Map<string, NewEvent[]>();
  private size = 0;

  constructor(private readonly store: EventStore) {}

  async add(commands: readonly DecidedCommand[]): Promise<{ events: number; at: string }[]> {
    const appended: { events: number; at: string }[] = [];
    for (const command of commands) {
      for (const { stream, events } of command.streams) {
        const pending = this.batch.get(stream);
        if (pending) pending.push(...events);
        else this.batch.set(stream, [...events]);
        this.size += events.length;
      }
      if (this.size >= EVENTS_PER_APPEND) appended.push(await this.append());
    }
    return appended;
  }

  async flush(): Promise<{ events: number; at: string }[]> {
    return this.size > 0 ? [await this.append()] : [];
  }

  private async append(): Promise<{ events: number; at: string }> {
    const appends: StreamAppend[] = [...this.batch].map(([stream, events]) => {
      const expectedVersion = this.versions.get(stream) ?? NO_STREAM;
      this.versions.set(stream, (expectedVersion === NO_STREAM ? -1 : expectedVersion) + events.length);
      return { stream, events, expectedVersion };
    });
    await this.store.appendToStreams(appends);
    this.events += this.size;
    this.appends += 1;
    this.batch = new Map();
    this.size = 0;
    return { events: this.events, at: new Date().toISOString() };
  }
}
