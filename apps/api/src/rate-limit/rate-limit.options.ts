import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '@outcome/shared';
import type { AuthenticatedRequest } from '../auth/authenticated-request';

/**
 * RATE_LIMIT_PER_MINUTE per token (per address for requests without one). Counters live in each
 * process: with several api instances, each allows that many.
 */
export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    // Named 'default', the only name whose headers carry no suffix: clients read `Retry-After` itself.
    throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
    errorMessage: `Too many requests: at most ${config.rateLimitPerMinute} a minute per token. Wait for the time in Retry-After`,
    getTracker: (request: Record<string, unknown>) => trackerOf(request as unknown as AuthenticatedRequest),
  };
}

/** The token the bearer guard found (it runs first), however its header was spelled; else the address. */
function trackerOf(request: AuthenticatedRequest): string {
  return request.principal ? `token:${request.principal.tokenId}` : `address:${request.ip}`;
}
