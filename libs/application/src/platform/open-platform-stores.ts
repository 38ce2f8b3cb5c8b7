import { join } from 'node:path';
import { personalFieldsOf } from '@outcome/domain';
import {
  type EventStore,
  KeyWrappingSubjectKeyStore,
  KurrentDbEventStore,
  PersonalDataEventStore,
  PostgresEventStore,
  PostgresSubjectKeyStore,
  SqliteEventStore,
  SqliteSubjectKeyStore,
  type SubjectKeyStore,
  UpcastingEventStore,
  type Upcaster,
  WrongKeyEncryptionKeyError,
} from '@outcome/event-store';
import { openReadStore, type ReadStore, type ReadStoreConnection, type ReadStoreOptions } from '@outcome/read-models';
import {
  type AppConfig,
  folderFailureReason,
  maskPassword,
  serverFailureReason,
  UnusableSettingError,
} from '@outcome/shared';
import { Pool } from 'pg';
import { Logger } from '@nestjs/common';
import { keyEncryptionKeysOf } from './key-encryption-key-source';
import { AccessTokenEntity } from '../identity/access-token.entity';
import { CreateAccessTokens1764547200000 } from '../identity/create-access-tokens.migration';
import { CreateIdempotencyRecords1764547200001 } from '../idempotency/create-idempotency-records.migration';
import { IdempotencyRecordEntity } from '../idempotency/idempotency-record.entity';
import { CreateQuestionnaireLinkKeys1765152000000 } from '../questionnaire-links/create-questionnaire-link-keys.migration';
import { QuestionnaireLinkKeyEntity } from '../questionnaire-links/questionnaire-link-key.entity';

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

export interface PlatformStoreOptions {
  /**
   * The clock that stamps `recordedAt` on the embedded and PostgreSQL stores (a replay keeps the
   * exported instants with it); KurrentDB stamps its own. Defaults to the system clock.
   */
  readonly now?: () => Date;
}

/**
 * Opens the stores the configuration names.
 * @throws UnusableSettingError naming DATA_DIR, DATABASE_URL or KURRENTDB_URL when a store cannot be opened there.
 */
export async function openPlatformStores(
  config: AppConfig,
  options: PlatformStoreOptions = {},
): Promise<PlatformStores> {
  const opened: (() => Promise<unknown>)[] = [];
  try {
    const adapter = await opening('the event store', eventStoreSetting(config), async () => {
      const store = await openEventStoreAdapter(config, options);
      opened.push(() => store.dispose());
      // KurrentDB connects on first use: reach it now, so that a wrong address stops the start.
      await store.readHeadPosition();
      return store;
    });
    const storedKeys = await openStoredSubjectKeys(config);
    opened.push(() => storedKeys.close());
    const keyStore = await wrapKeys(storedKeys.store, config);
    const eventStore = new UpcastingEventStore(
      new PersonalDataEventStore(adapter, keyStore, personalFieldsOf),
      UPCASTERS,
    );
    const readStore = await opening(
      'the views',
      config.readStore === 'postgres' ? databaseUrl(config) : dataDir(config),
      () => openReadStore(readStoreOptionsOf(config)),
    );
    return storesOf(eventStore, keyStore, readStore, storedKeys);
  } catch (error) {
    // A store that would not open leaves none of the others open behind it.
    for (const close of opened.reverse()) await close().catch(() => undefined);
    throw error;
  }
}

/** Shown in pg_stat_activity, so that operators (and tests) can tell the key store's connections apart. */
export const KEY_POOL_APPLICATION_NAME = 'outcome-ledger-subject-keys';

function openKeyPool(config: AppConfig): Pool {
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: 4,
    application_name: KEY_POOL_APPLICATION_NAME,
  });
  // node-postgres re-emits an idle connection's failure (a server restart, a terminated backend)
  // on the pool, and an 'error' event nobody listens to ends the process. The pool has already
  // discarded that connection; the next query opens a new one.
  pool.on('error', () => undefined);
  return pool;
}

/** The participants' keys as stored, that is wrapped, opened where the configuration keeps them. */
export interface StoredSubjectKeys {
  readonly store: SubjectKeyStore;
  /** Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens the key store alone, without unwrapping its keys: for work on the wrapped keys themselves
 * (a rotation of the key-encryption key).
 * @throws UnusableSettingError naming DATA_DIR or DATABASE_URL when it cannot be opened there.
 */
export async function openStoredSubjectKeys(config: AppConfig): Promise<StoredSubjectKeys> {
  const pool = usesPostgresForKeys(config) ? openKeyPool(config) : undefined;
  try {
    const store = await opening<SubjectKeyStore>(
      'the personal-data keys',
      pool ? databaseUrl(config) : dataDir(config),
      () =>
        pool
          ? PostgresSubjectKeyStore.open({ pool, schema: KEY_SCHEMA })
          : SqliteSubjectKeyStore.openInDataDir(config.dataDir),
    );
    let open = true;
    return {
      store,
      async close() {
        if (!open) return;
        open = false;
        await store.dispose();
        await pool?.end();
      },
    };
  } catch (error) {
    await pool?.end().catch(() => undefined);
    throw error;
  }
}

function storesOf(
  eventStore: EventStore,
  keyStore: SubjectKeyStore,
  readStore: ReadStore,
  storedKeys: StoredSubjectKeys,
): PlatformStores {
  return {
    eventStore,
    keyStore,
    readStore,
    async close() {
      await eventStore.dispose();
      await readStore.close();
      await storedKeys.close();
    },
  };
}

/** The setting a store is opened from, as a start-up failure shows it. */
interface StoreSetting {
  readonly variable: 'DATA_DIR' | 'DATABASE_URL' | 'KURRENTDB_URL';
  readonly shown: string;
  readonly reasonOf: (error: unknown) => string;
}

const dataDir = (config: AppConfig): StoreSetting => ({
  variable: 'DATA_DIR',
  shown: config.dataDir,
  reasonOf: folderFailureReason,
});
const databaseUrl = (config: AppConfig): StoreSetting => ({
  variable: 'DATABASE_URL',
  shown: maskPassword(config.databaseUrl!),
  reasonOf: serverFailureReason,
});
const kurrentdbUrl = (config: AppConfig): StoreSetting => ({
  variable: 'KURRENTDB_URL',
  shown: maskPassword(config.kurrentdbUrl!),
  reasonOf: serverFailureReason,
});

function eventStoreSetting(config: AppConfig): StoreSetting {
  switch (config.eventStore) {
    case 'sqlite':
      return dataDir(config);
    case 'postgres':
      return databaseUrl(config);
    case 'kurrentdb':
      return kurrentdbUrl(config);
  }
}

/** docs/api.md "Running": a bad setting stops the start with a message that names it. */
/** The keys as the platform uses them: unwrapped by the key-encryption key, which is never stored beside them. */
async function wrapKeys(stored: SubjectKeyStore, config: AppConfig): Promise<SubjectKeyStore> {
  const keys = keyEncryptionKeysOf(config);
  const logger = new Logger('Personal data keys');
  if (keys.madeIn) {
    logger.warn(
      `No KEY_ENCRYPTION_KEY is set: made one and kept it in ${keys.madeIn}, apart from the data. Back it up apart from the data: without it no participant's personal data can be read. Set KEY_ENCRYPTION_KEY or KEY_ENCRYPTION_KEY_FILE to keep it elsewhere`,
    );
  }
  try {
    const { store, opening: outcome } = await KeyWrappingSubjectKeyStore.open(stored, keys.current, keys.previous);
    if (outcome.outcome === 'wrapped')
      logger.log(`Wrapped ${outcome.keys} participant keys with the key-encryption key`);
    if (outcome.outcome === 'rotated') {
      logger.log(
        `Rewrapped ${outcome.keys} participant keys with the new key-encryption key: KEY_ENCRYPTION_KEY_PREVIOUS may go`,
      );
    }
    return store;
  } catch (error) {
    if (!(error instanceof WrongKeyEncryptionKeyError)) throw error;
    throw new UnusableSettingError('KEY_ENCRYPTION_KEY', `Cannot open the personal-data keys: ${error.message}`);
  }
}

async function opening<T>(store: string, setting: StoreSetting, open: () => T | Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new UnusableSettingError(
      setting.variable,
      `Cannot open ${store}: ${setting.variable} ${setting.shown} ${setting.reasonOf(error)}`,
      { cause: error },
    );
  }
}

function openEventStoreAdapter(config: AppConfig, { now }: PlatformStoreOptions): Promise<EventStore> | EventStore {
  switch (config.eventStore) {
    case 'sqlite':
      return SqliteEventStore.openInDataDir(config.dataDir, now ? { now } : undefined);
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.databaseUrl!, ...(now ? { clock: now } : {}) });
    case 'kurrentdb':
      return KurrentDbEventStore.connect({ connectionString: config.kurrentdbUrl! });
  }
}

/** Keys live beside the events, or, for KurrentDB, in the views' database (which holds no key otherwise). */
function usesPostgresForKeys(config: AppConfig): boolean {
  return config.eventStore === 'postgres' || (config.eventStore === 'kurrentdb' && config.readStore === 'postgres');
}

/** The views' database as the configuration names it, with the platform's own tables and migrations. */
export function readStoreOptionsOf(config: AppConfig): ReadStoreOptions {
  return {
    ...readStoreConnection(config),
    entities: [AccessTokenEntity, IdempotencyRecordEntity, QuestionnaireLinkKeyEntity],
    migrations: [
      CreateAccessTokens1764547200000,
      CreateIdempotencyRecords1764547200001,
      CreateQuestionnaireLinkKeys1765152000000,
    ],
  };
}

function readStoreConnection(config: AppConfig): ReadStoreConnection {
  return config.readStore === 'postgres'
    ? { kind: 'postgres', url: config.databaseUrl!, schema: 'read_models' }
    : { kind: 'sqlite', file: join(config.dataDir, READ_STORE_FILE_NAME) };
}
