import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '@outcome/shared';
import { createHash } from 'node:crypto';
import type { Request } from 'express';

/**
 * RATE_LIMIT_PER_MINUTE per token (per address for requests without one). Counters live in each
 * process: with several api instances, each allows that many.
 */
export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    // Named 'default', the only name whose headers carry no suffix: clients read `Retry-After` itself.
    throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
    errorMessage: `Too many requests: at most ${config.rateLimitPerMinute} a minute per token. Wait for the time in Retry-After`,
    getTracker: (request: Record<string, unknown>) => trackerOf(request as unknown as Request),
  };
}

function trackerOf(request: Request): string {
  const authorization = request.headers.authorization;
  if (!authorization) return `address:${request.ip}`;
  return `token:${createHash('sha256').update(authorization).digest('hex')}`;
}
