import { join } from 'node:path';
import { type EventStore, SQLITE_EVENT_FILE_NAME } from '@outcome/event-store';
import { type AppConfig, maskPassword } from '@outcome/shared';
import type { StoreIdentity } from './export-manifest';

/** Which store an export comes from: the adapter, where it is (password masked) and its first event's id. */
export async function storeIdentityOf(config: AppConfig, store: EventStore): Promise<StoreIdentity> {
  const [first] = await store.readAll({ maxCount: 1 });
  const location =
    config.eventStore === 'sqlite'
      ? join(config.dataDir, SQLITE_EVENT_FILE_NAME)
      : maskPassword(config.eventStore === 'postgres' ? config.databaseUrl! : config.kurrentdbUrl!);
  return { kind: config.eventStore, location, firstEventId: first?.id ?? null };
}
