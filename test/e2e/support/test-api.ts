import type { INestApplication } from '@nestjs/common';
import { createPostgresTestDatabase, createTemporaryDirectory } from '@outcome/shared/testing';
import { loadAppConfig } from '@outcome/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../../apps/api/src/create-api-app';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef0123456789';
/** The key-encryption key of every test api: none is made in the user's configuration folder. */
export const KEY_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export type StoreSetup = 'sqlite' | 'postgres';

export interface TestApi {
  readonly app: INestApplication;
  readonly http: TestAgent;
  readonly dataDir: string;
  /** Bearer header value for a token. */
  readonly bearer: (token: string) => string;
  /** Closes the app and boots a new one on the same stores, as a redeploy would; use the new handle from then on. */
  restart(): Promise<TestApi>;
  /**
   * A second api process on the same stores, as in the clustered stack: it leaves the projections
   * to this one (PROJECTOR=external). Closing it leaves the stores in place.
   */
  startAnotherInstance(): Promise<TestApi>;
  close(): Promise<void>;
}

/**
 * The real api on real stores: SQLite files in a fresh data folder, or a throwaway PostgreSQL
 * database for events and views. Extra settings override the defaults (as environment variables).
 */
export async function startTestApi(
  setup: StoreSetup = 'sqlite',
  settings: Record<string, string> = {},
): Promise<TestApi> {
  const folder = createTemporaryDirectory('outcome-ledger-e2e-');
  const database = setup === 'postgres' ? await createPostgresTestDatabase('ol_e2e') : undefined;
  const env = {
    DATA_DIR: folder.path,
    ADMIN_TOKEN,
    KEY_ENCRYPTION_KEY,
    DEMO: '0',
    LOG_LEVEL: 'silent',
    ...(database ? { EVENT_STORE: 'postgres', READ_STORE: 'postgres', DATABASE_URL: database.url } : {}),
    ...settings,
  };
  return bootTestApi(env, async () => {
    await database?.drop();
    folder.remove();
  });
}

async function bootTestApi(env: Record<string, string>, removeStores: () => Promise<void>): Promise<TestApi> {
  const config = loadAppConfig({ env });
  const app = await createApiApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataDir: config.dataDir,
    bearer: (token) => `Bearer ${token}`,
    async restart() {
      await app.close();
      return bootTestApi(env, removeStores);
    },
    startAnotherInstance: () => bootTestApi({ ...env, PROJECTOR: 'external' }, async () => undefined),
    async close() {
      await app.close();
      await removeStores();
    },
  };
}
