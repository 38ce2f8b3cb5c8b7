import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';

/** Longest wait for requests in flight before their connections are cut. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Graceful shutdown, first step: stop accepting requests and let those in flight finish. Nest
 * would also wait for them when it disposes the HTTP server (before the shutdown hooks close the
 * stores); this adds what it lacks: idle keep-alive connections are closed at once instead of
 * holding the exit until they time out, and requests still running after 10 s are cut.
 */
@Injectable()
export class HttpDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger(HttpDrain.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), DRAIN_TIMEOUT_MS).unref());
    if ((await Promise.race([closed, timeout])) === 'timeout') {
      this.logger.warn(`Requests still running after ${DRAIN_TIMEOUT_MS} ms: closing their connections`);
      server.closeAllConnections();
    }
    clearInterval(idleSweep);
  }
}
