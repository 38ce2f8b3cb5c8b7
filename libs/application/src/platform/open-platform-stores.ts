import { join } from 'node:path';
import { personalFieldsOf } from '@outcome/domain';
import {
  type EventStore,
  KurrentDbEventStore,
  PersonalDataEventStore,
  PostgresEventStore,
  PostgresSubjectKeyStore,
  SqliteEventStore,
  SqliteSubjectKeyStore,
  type SubjectKeyStore,
  UpcastingEventStore,
  type Upcaster,
} from '@outcome/event-store';
import { openReadStore, type ReadStore, type ReadStoreConnection } from '@outcome/read-models';
import type { AppConfig } from '@outcome/shared';
import { Pool } from 'pg';
import { AccessTokenEntity } from '../identity/access-token.entity';
import { CreateAccessTokens1764547200000 } from '../identity/create-access-tokens.migration';
import { CreateIdempotencyRecords1764547200001 } from '../idempotency/create-idempotency-records.migration';
import { IdempotencyRecordEntity } from '../idempotency/idempotency-record.entity';

/** The file of the views in the data folder of the embedded default. */
export const READ_STORE_FILE_NAME = 'read-models.sqlite';
/** Schema of the subject keys on PostgreSQL, beside the event store's. */
const KEY_SCHEMA = 'personal_data';

/** Every event schema is at version 1 so far: no upcaster yet. */
const UPCASTERS: readonly Upcaster[] = [];

/** The stores of one process, composed as the configuration says. */
export interface PlatformStores {
  /** Upcasting over crypto-shredding over the configured adapter. */
  readonly eventStore: EventStore;
  readonly keyStore: SubjectKeyStore;
  readonly readStore: ReadStore;
  close(): Promise<void>;
}

export async function openPlatformStores(config: AppConfig): Promise<PlatformStores> {
  const pool = usesPostgresForKeys(config) ? new Pool({ connectionString: config.databaseUrl, max: 4 }) : undefined;
  const keyStore = pool
    ? await PostgresSubjectKeyStore.open({ pool, schema: KEY_SCHEMA })
    : SqliteSubjectKeyStore.openInDataDir(config.dataDir);
  const adapter = await openEventStoreAdapter(config);
  const eventStore = new UpcastingEventStore(
    new PersonalDataEventStore(adapter, keyStore, personalFieldsOf),
    UPCASTERS,
  );
  const readStore = await openReadStore({
    ...readStoreConnection(config),
    entities: [AccessTokenEntity, IdempotencyRecordEntity],
    migrations: [CreateAccessTokens1764547200000, CreateIdempotencyRecords1764547200001],
  });
  return {
    eventStore,
    keyStore,
    readStore,
    async close() {
      await eventStore.dispose();
      await readStore.close();
      await pool?.end();
    },
  };
}

function openEventStoreAdapter(config: AppConfig): Promise<EventStore> | EventStore {
  switch (config.eventStore) {
    case 'sqlite':
      return SqliteEventStore.openInDataDir(config.dataDir);
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.databaseUrl! });
    case 'kurrentdb':
      return KurrentDbEventStore.connect({ connectionString: config.kurrentdbUrl! });
  }
}

/** Keys live beside the events, or, for KurrentDB, in the views' database (which holds no key otherwise). */
function usesPostgresForKeys(config: AppConfig): boolean {
  return config.eventStore === 'postgres' || (config.eventStore === 'kurrentdb' && config.readStore === 'postgres');
}

function readStoreConnection(config: AppConfig): ReadStoreConnection {
  return config.readStore === 'postgres'
    ? { kind: 'postgres', url: config.databaseUrl!, schema: 'read_models' }
    : { kind: 'sqlite', file: join(config.dataDir, READ_STORE_FILE_NAME) };
}
