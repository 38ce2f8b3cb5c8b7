import { SingleBar } from 'cli-progress';

/** Long work reports here; quiet unless stderr is a terminal. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar with rate and ETA on stderr when it is a terminal, and nothing otherwise, so
 * that logs, pipes and `--json` stay clean.
 */
export function progressBar(unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream,
    format: `{bar} {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
    hideCursor: true,
    etaBuffer: 50,
  });
  let started = 0;
  let doneAtStart = 0;
  let running = false;
  return {
    update(done, total) {
      if (!running) {
        started = Date.now();
        doneAtStart = done;
        bar.start(Math.max(total, done), done, { rate: '-' });
        running = true;
        return;
      }
      const rate = Math.round((done - doneAtStart) / Math.max(0.001, (Date.now() - started) / 1000));
      bar.setTotal(Math.max(total, done));
      bar.update(done, { rate });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
