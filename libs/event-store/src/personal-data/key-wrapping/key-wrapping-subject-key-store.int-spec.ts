import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createPostgresTestDatabase, createTemporaryDirectory, describeWithPostgres } from '@outcome/shared/testing';
import { InMemorySubjectKeyStore } from '../adapters/in-memory-subject-key-store';
import { PostgresSubjectKeyStore } from '../adapters/postgres-subject-key-store';
import { SqliteSubjectKeyStore } from '../adapters/sqlite-subject-key-store';
import type { SubjectKeyStore } from '../subject-key-store.port';
import { generateKeyEncryptionKey } from './key-encryption-key';
import { KeyWrappingSubjectKeyStore } from './key-wrapping-subject-key-store';
import { WrongKeyEncryptionKeyError } from './wrong-key-encryption-key.error';

interface Backing {
  /** The adapter on the same storage each time, as a restart opens it. */
  open(): Promise<SubjectKeyStore>;
  /** Every stored byte, to search for a key in the clear. */
  storedBytes(): Promise<Buffer>;
  remove(): Promise<void>;
}

function wrapsKeys(backing: () => Promise<Backing>): void {
  let storage: Backing;
  const opened: SubjectKeyStore[] = [];
  const open = async () => {
    const store = await storage.open();
    opened.push(store);
    return store;
  };

  beforeEach(async () => (storage = await backing()));
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.dispose();
    await storage.remove();
  });

  it('stores no key as it is used, and gives back the same keys after a restart', async () => {
    const kek = generateKeyEncryptionKey();
    const { store } = await KeyWrappingSubjectKeyStore.open(await open(), kek);
    const key = await store.getOrCreateKey('participant-1');

    const { store: reopened, opening } = await KeyWrappingSubjectKeyStore.open(await open(), kek);

    expect(opening).toEqual({ outcome: 'opened' });
    expect((await reopened.findKeys(['participant-1'])).get('participant-1')).toEqual(key);
    expect((await storage.storedBytes()).includes(key)).toBe(false);
  });

  it('wraps the keys of a store written before keys were wrapped, and reads them as they were', async () => {
    const legacy = await open();
    const keys = [await legacy.getOrCreateKey('participant-1'), await legacy.getOrCreateKey('participant-2')];
    await legacy.destroyKey('participant-3');

    const { store, opening } = await KeyWrappingSubjectKeyStore.open(await open(), generateKeyEncryptionKey());

    expect(opening).toEqual({ outcome: 'wrapped', keys: 2 });
    const found = await store.findKeys(['participant-1', 'participant-2', 'participant-3']);
    expect([found.get('participant-1'), found.get('participant-2'), found.get('participant-3')]).toEqual([
      ...keys,
      null,
    ]);
    for (const key of keys) expect((await storage.storedBytes()).includes(key)).toBe(false);
  });

  it('refuses another key-encryption key, and changes nothing', async () => {
    const kek = generateKeyEncryptionKey();
    const { store } = await KeyWrappingSubjectKeyStore.open(await open(), kek);
    const key = await store.getOrCreateKey('participant-1');

    await expect(KeyWrappingSubjectKeyStore.open(await open(), generateKeyEncryptionKey())).rejects.toThrow(
      WrongKeyEncryptionKeyError,
    );
    const { store: again } = await KeyWrappingSubjectKeyStore.open(await open(), kek);
    expect(await again.getOrCreateKey('participant-1')).toEqual(key);
  });

  it('rotates to a new key-encryption key given the previous one; the previous one opens it no more', async () => {
    const [previous, next] = [generateKeyEncryptionKey(), generateKeyEncryptionKey()];
    const { store } = await KeyWrappingSubjectKeyStore.open(await open(), previous);
    const key = await store.getOrCreateKey('participant-1');

    const rotation = await KeyWrappingSubjectKeyStore.open(await open(), next, previous);
    const afterwards = await KeyWrappingSubjectKeyStore.open(await open(), next, previous);

    expect(rotation.opening).toEqual({ outcome: 'rotated', keys: 1 });
    expect(afterwards.opening).toEqual({ outcome: 'opened' });
    expect(await afterwards.store.getOrCreateKey('participant-1')).toEqual(key);
    await expect(KeyWrappingSubjectKeyStore.open(await open(), previous)).rejects.toThrow(WrongKeyEncryptionKeyError);
  });

  it('keeps erasure working: a destroyed key stays destroyed', async () => {
    const { store } = await KeyWrappingSubjectKeyStore.open(await open(), generateKeyEncryptionKey());
    await store.getOrCreateKey('participant-1');

    await store.destroyKey('participant-1');

    expect((await store.findKeys(['participant-1'])).get('participant-1')).toBeNull();
    expect(await store.findErasedSubjects(['participant-1'])).toEqual(new Set(['participant-1']));
  });
}

function filesUnder(folder: string): Buffer {
  return Buffer.concat(readdirSync(folder).map((name) => readFileSync(join(folder, name))));
}

describe(`${KeyWrappingSubjectKeyStore.name} over SQLite`, () =>
  wrapsKeys(async () => {
    const folder = createTemporaryDirectory('outcome-ledger-kek-');
    return {
      open: async () => SqliteSubjectKeyStore.openInDataDir(folder.path),
      storedBytes: async () => filesUnder(folder.path),
      remove: async () => folder.remove(),
    };
  }));

describe(`${KeyWrappingSubjectKeyStore.name} over memory`, () =>
  wrapsKeys(async () => {
    const memory = new InMemorySubjectKeyStore();
    const keep = Object.create(memory, { dispose: { value: async () => undefined } }) as SubjectKeyStore;
    return {
      open: async () => keep,
      storedBytes: async () =>
        Buffer.concat([...(await memory.findKeys(['participant-1', 'participant-2'])).values()].filter((key) => !!key)),
      remove: async () => undefined,
    };
  }));

describeWithPostgres(`${KeyWrappingSubjectKeyStore.name} over PostgreSQL`, () =>
  wrapsKeys(async () => {
    const database = await createPostgresTestDatabase('ol_kek');
    const pools: Pool[] = [];
    const pool = () => {
      const opened = new Pool({ connectionString: database.url, max: 2 });
      pools.push(opened);
      return opened;
    };
    return {
      open: () => PostgresSubjectKeyStore.open({ pool: pool(), schema: 'personal_data' }),
      storedBytes: async () => {
        const { rows } = await pool().query<{ key: Buffer | null }>('SELECT key FROM personal_data.subject_keys');
        return Buffer.concat(rows.flatMap((row) => (row.key ? [row.key] : [])));
      },
      remove: async () => {
        for (const opened of pools.splice(0)) await opened.end();
        await database.drop();
      },
    };
  }),
);
