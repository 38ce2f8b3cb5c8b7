import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { serveParent } from './bench-child';
import { CpuProfiler } from './cpu-profiler';
import { benchConfig } from './views-config';

/**
 * The api on one data folder (argv[2]) with its in-process projector, listening on a free
 * loopback port in a process of its own, so that the load generator's work is not counted as the
 * server's. Extra settings (argv[3], JSON) select the event store, PostgreSQL for instance.
 */

export type HttpApiChildRequest =
  | { readonly kind: 'port' }
  /** The process's CPU time so far, in microseconds: the parent subtracts two readings. */
  | { readonly kind: 'cpu' }
  /** The most memory the process has held (resident set), in bytes. */
  | { readonly kind: 'peakMemory' }
  | { readonly kind: 'startProfile' }
  | { readonly kind: 'stopProfile'; readonly file: string };

const dataDir = process.argv[2]!;
const settings = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
let app: INestApplication | undefined;
let profiler: CpuProfiler | undefined;

serveParent(
  async (request) => {
    const asked = request as HttpApiChildRequest;
    app ??= await start();
    switch (asked.kind) {
      case 'port':
        return (app.getHttpServer().address() as AddressInfo).port;
      case 'cpu': {
        const { user, system } = process.cpuUsage();
        return user + system;
      }
      case 'peakMemory':
        return process.resourceUsage().maxRSS * 1024;
      case 'startProfile':
        profiler = await CpuProfiler.start();
        return null;
      case 'stopProfile':
        return profiler?.stopInto(asked.file);
    }
  },
  async () => {
    await app?.close();
  },
);

async function start(): Promise<INestApplication> {
  const started = await createApiApp(benchConfig(dataDir, settings));
  await started.listen(0, '127.0.0.1');
  return started;
}
