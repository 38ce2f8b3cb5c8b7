// autocannon ships no types; what the benchmark uses of it is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  readonly duration: number;
  readonly '2xx': number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly latency: { readonly p50: number; readonly p99: number };
}

/** One request as autocannon sends it. */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

/** What a cell of load answered. */
export interface LoadResult {
  /** Answers with a 2xx status per second. */
  readonly perSecond: number;
  readonly answered: number;
  /** Answers of any other status, and sockets that failed or timed out. */
  readonly failed: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Keeps `connections` keep-alive loopback connections busy for `seconds`, each sending the next
 * request `next` makes as soon as the previous one is answered (no pipelining).
 */
export async function applyLoad(
  baseUrl: string,
  token: string,
  connections: number,
  seconds: number,
  next: () => LoadRequest,
): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, ...next() }) }],
  });
  return {
    perSecond: result['2xx'] / result.duration,
    answered: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}
