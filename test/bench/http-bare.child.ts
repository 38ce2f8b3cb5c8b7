import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Body, Controller, Get, type INestApplication, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { serveParent } from './bench-child';

/**
 * The framework's ceiling: a NestJS app on Express with one POST and one GET route that answer
 * at once, no guard, no store, in a process of its own as the api is.
 */

@Controller('bare')
class BareController {
  @Post()
  echo(@Body() body: Record<string, unknown>): { received: number } {
    return { received: Object.keys(body ?? {}).length };
  }

  @Get()
  read(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

let app: INestApplication | undefined;

serveParent(
  async (request) => {
    const asked = request as { kind: string };
    app ??= await start();
    if (asked.kind === 'port') return (app.getHttpServer().address() as AddressInfo).port;
    if (asked.kind === 'cpu') {
      const { user, system } = process.cpuUsage();
      return user + system;
    }
    if (asked.kind === 'peakMemory') return process.resourceUsage().maxRSS * 1024;
    return null;
  },
  async () => {
    await app?.close();
  },
);

async function start(): Promise<INestApplication> {
  const started = await NestFactory.create(BareModule, { logger: ['error'] });
  await started.listen(0, '127.0.0.1');
  return started;
}
