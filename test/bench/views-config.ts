import { type AppConfig, loadAppConfig } from '@outcome/shared';

/** The benchmark's admin token: it writes nothing over HTTP, but the api wants one to boot without making a file. */
const ADMIN_TOKEN = 'bench-views-admin-token-0123456789abcdef0123';

/**
 * The embedded default (SQLite events, keys and views in one data folder) as the api runs it,
 * with the demo off, request logs at warn (one line per request would write thousands of lines)
 * and a rate limit the trials cannot reach.
 */
export function benchConfig(dataDir: string, settings: Record<string, string> = {}): AppConfig {
  return loadAppConfig({
    env: {
      DATA_DIR: dataDir,
      ADMIN_TOKEN,
      DEMO: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...settings,
    },
  });
}
