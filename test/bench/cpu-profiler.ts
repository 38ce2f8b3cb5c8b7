import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/** V8's sampling profiler in this process, started and stopped around the work to look at (not start-up). */
export class CpuProfiler {
  private readonly session = new Session();

  static async start(): Promise<CpuProfiler> {
    const profiler = new CpuProfiler();
    profiler.session.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    return profiler;
  }

  /** Stops, and writes the profile where `--cpu-prof` would (a `.cpuprofile` file of JSON). */
  async stopInto(file: string): Promise<void> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: unknown };
    this.session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
  }

  private post(method: string): Promise<unknown> {
    return new Promise((resolve, reject) =>
      this.session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  }
}
